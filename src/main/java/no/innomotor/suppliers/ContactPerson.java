package no.innomotor.suppliers;

/** A person buyers may contact about the company. */
public record ContactPerson(String name, String role, String email, String phone) {}
