package no.innomotor.organisations;

/** What a person asks for when creating an access token: a name, a scope and how many days it lives. */
public record NewAccessToken(String name, AccessTokenScope scope, int validForDays) {}
