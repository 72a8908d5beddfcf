/** Pages of the notifications module: the outbox of sent mail, for administrators. */
@org.jspecify.annotations.NullMarked
package no.innomotor.notifications.web;
