package fr.label.cli;

import fr.label.Language;
import fr.label.server.LabelServer;
import fr.label.server.ServerSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code label serve}: the evaluation as a service, the self-evaluation page and the example palmarès. */
@Command(name = "serve",
        mixinStandardHelpOptions = true,
        usageHelpAutoWidth = true,
        description = {
                "Serves every shipped edition over HTTP until stopped (Ctrl-C, SIGTERM: the requests in flight "
                        + "finish): the JSON API described by /openapi.json (POST /api/{edition}/evaluate, "
                        + "POST /api/{edition}/palmares, GET /api/editions, /api/referentiel, /api/{edition}/rules, "
                        + "/health), the self-evaluation page at / and the example palmarès at /palmares/{year}.",
                "Listens on localhost only unless --bind says otherwise. Rule files are never taken over HTTP: "
                        + "--rules DIR serves the editions of DIR beside the shipped ones, as local-YEAR."})
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    // --port, --threads, --max-body and --request-timeout are read in call(), where --lang is known:
    // their errors follow it (a picocli converter runs before the language is parsed).
    @Option(names = "--port", paramLabel = "PORT", defaultValue = "" + ServerSettings.DEFAULT_PORT,
            description = "the port to listen on, 0 for any free one (default: 8080)")
    String port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "the address to listen on (default: 127.0.0.1, this machine only; 0.0.0.0 for every network)")
    String bind;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "a rules directory whose editions are served too, as local-YEAR (compiled at start)")
    Path rules;

    @Option(names = "--threads", paramLabel = "N",
            description = "requests answered at once, 1 to 256 (default: one per processor, at least 2); "
                    + "more wait their turn")
    String threads;

    @Option(names = "--max-body", paramLabel = "SIZE", defaultValue = "16m",
            description = "the largest request body accepted, in bytes or with k or m (default: 16m); beyond, 413")
    String maxBody;

    @Option(names = "--request-timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "seconds a client has to send its request (default: 60); an answer may take twice that")
    String requestTimeout;

    @Option(names = "--lang", paramLabel = "fr|en", defaultValue = "fr", converter = Options.LanguageConverter.class,
            description = "the language of what this command prints (default: fr); each request chooses its own "
                    + "with ?lang= or Accept-Language")
    Language language;

    @Override
    public Integer call() {
        Engines.checkRulesFolder(rules, "--rules", spec, language);
        boolean en = language == Language.EN;
        ServerSettings settings = ServerSettings.defaults().withPort(port(port)).withRules(rules)
                .withMaxBodyBytes(size(maxBody)).withRequestTimeout(seconds(requestTimeout)).withLanguage(language);
        if (threads != null) {
            settings = settings.withThreads(threads(threads));
        }
        try {
            settings = settings.withBind(bind);
        } catch (UnknownHostException e) {
            throw new ParameterException(spec.commandLine(), UsageText.UNKNOWN_BIND.in(language, bind));
        }
        LabelServer server = LabelServer.start(settings);
        PrintWriter out = spec.commandLine().getOut();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            out.println(en ? "Stopping: the requests in flight finish..."
                    : "Arrêt : les requêtes en cours se terminent...");
            out.flush();
            server.stop();
            out.println(en ? "Stopped." : "Arrêté.");
            out.flush();
            stopped.countDown();
        }, "label-serve-stop"));
        if (!settings.bind().isLoopbackAddress()) {
            spec.commandLine().getErr().println(en
                    ? "label: warning: listening on " + bind + ": other machines can reach this server"
                    : "label : avertissement : écoute sur " + bind + " : d'autres machines peuvent joindre ce serveur");
        }
        out.println((en ? "Serving on " : "À l'écoute sur ") + server.address()
                + (en ? " (the API: " : " (l'API : ") + server.address().resolve("/openapi.json")
                + (en ? "; Ctrl-C to stop)" : " ; Ctrl-C pour arrêter)"));
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            server.stop();
        }
        return LabelCommand.ExitCode.OK;
    }

    /** A usage error about an option's value, in the command's language. */
    private ParameterException badValue(String option, String value, UsageText expected, Object... arguments) {
        return new ParameterException(spec.commandLine(),
                UsageText.OPTION_EXPECTED.in(language, option, expected.in(language, arguments), value));
    }

    private int port(String value) {
        try {
            int number = Integer.parseInt(value.trim());
            if (number >= 0 && number <= 65535) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw badValue("--port", value, UsageText.A_PORT);
    }

    private int threads(String value) {
        try {
            int number = Integer.parseInt(value.trim());
            if (number >= 1 && number <= Options.MAX_THREADS) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw badValue("--threads", value, UsageText.A_THREAD_COUNT, String.valueOf(Options.MAX_THREADS));
    }

    private long size(String value) {
        String size = value.trim().toLowerCase(Locale.ROOT);
        long unit = 1;
        if (size.endsWith("k")) {
            unit = 1024;
        } else if (size.endsWith("m")) {
            unit = 1024 * 1024;
        }
        try {
            long number = Long.parseLong(unit == 1 ? size : size.substring(0, size.length() - 1));
            if (number >= 1 && number <= Long.MAX_VALUE / unit) {
                return number * unit;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw badValue("--max-body", value, UsageText.A_SIZE);
    }

    private Duration seconds(String value) {
        try {
            long seconds = Long.parseLong(value.trim());
            if (seconds >= 1 && seconds <= 86_400) {
                return Duration.ofSeconds(seconds);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw badValue("--request-timeout", value, UsageText.A_TIMEOUT);
    }
}
