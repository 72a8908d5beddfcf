/**
 * Mail to people: over SMTP when {@code spring.mail.host} is set, otherwise into a development outbox that
 * administrators read in the browser. Listens to other modules' events; nobody depends on it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"organisations"})
@org.jspecify.annotations.NullMarked
package no.innomotor.notifications;
