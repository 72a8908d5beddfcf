package no.innomotor.organisations;

/** What an API access token may do: only read (GET and HEAD), or read and write. */
public enum AccessTokenScope {
    READ,
    READ_WRITE;

    /** Whether a request with this HTTP method may be made with a token of this scope. */
    public boolean permits(String method) {
        return this == READ_WRITE || "GET".equals(method) || "HEAD".equals(method);
    }
}
