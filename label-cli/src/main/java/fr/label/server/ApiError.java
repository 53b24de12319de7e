package fr.label.server;

import fr.label.dossier.InputProblem;

import java.util.List;

/** A request that cannot be answered as asked: its HTTP status, what is wrong, and where when known. */
final class ApiError extends RuntimeException {

    private final int status;
    private final List<InputProblem> problems;
    private final String allow;

    ApiError(int status, String message) {
        this(status, message, List.of(), null);
    }

    ApiError(int status, String message, List<InputProblem> problems, String allow) {
        super(message, null, false, false);
        this.status = status;
        this.problems = List.copyOf(problems);
        this.allow = allow;
    }

    int status() {
        return status;
    }

    List<InputProblem> problems() {
        return problems;
    }

    /** The methods the address takes, for a 405; else {@code null}. */
    String allow() {
        return allow;
    }
}
