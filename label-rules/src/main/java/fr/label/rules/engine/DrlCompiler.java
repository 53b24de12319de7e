package fr.label.rules.engine;

/**
 * Whether the DRL compiler is on the class path. The shipped rule sets are precompiled, so an
 * application that uses only them runs without it; compiling rule files (a rules directory, or
 * shipped files whose precompiled model is missing) needs Drools' DRL compiler and the Java
 * compiler it uses, which the artifact {@code fr.label:label-rules-compiler} brings.
 */
final class DrlCompiler {

    /** The artifact to add, as a user would write it in a pom. */
    static final String ARTIFACT = "fr.label:label-rules-compiler";

    /** A class of each jar the compiler needs: drools-mvel and the Eclipse Java compiler. */
    private static final String[] REQUIRED_CLASSES = {
            "org.drools.mvel.MVELDialectRuntimeData",
            "org.drools.ecj.EclipseJavaCompiler",
            "org.eclipse.jdt.internal.compiler.Compiler",
    };

    private DrlCompiler() {
    }

    /**
     * @throws IllegalStateException naming the artifact to add, when the compiler is missing
     */
    static void requirePresent(String ruleSetName) {
        for (String name : REQUIRED_CLASSES) {
            try {
                Class.forName(name, false, DrlCompiler.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                throw new IllegalStateException("cannot compile the rule files of " + ruleSetName
                        + ": the rule compiler is not on the class path; add the dependency " + ARTIFACT
                        + " (the shipped rule sets are precompiled and need no compiler)");
            }
        }
    }
}
