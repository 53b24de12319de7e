package fr.label.rules.check;

import fr.label.rules.engine.RuleText;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.Declaration;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a consequence's text for the types of the facts it inserts: {@code insert(new X(...))},
 * {@code insert(X.factory(...))}, {@code insert(X.CONSTANT)}, {@code insert($bound.method())} and
 * {@code insert(local)} with {@code X local = ...}. An insert it cannot type counts as
 * {@code Object}, which could be any fact: the check then stays silent rather than wrong.
 */
final class InsertedTypes {

    private static final Pattern INSERT = Pattern.compile("\\b(?:insert|insertLogical)\\s*\\(");
    private static final Pattern NEW = Pattern.compile("^new\\s+([\\w.]+)\\s*(?:<[^>]*>)?\\s*\\(");
    private static final Pattern CAST = Pattern.compile("^\\(\\s*([\\w.]+)\\s*\\)");
    private static final Pattern HEAD = Pattern.compile("^(\\$?[\\w]+)");
    private static final Pattern MEMBER = Pattern.compile("^\\s*\\.\\s*([\\w]+)\\s*");

    private InsertedTypes() {
    }

    static Set<Class<?>> of(RuleText text, RuleImpl rule, ClassLoader types) {
        String code = withoutCommentsAndStrings(text.consequence());
        Set<Class<?>> inserted = new LinkedHashSet<>();
        Matcher insert = INSERT.matcher(code);
        while (insert.find()) {
            int open = insert.end() - 1;
            int close = closing(code, open);
            if (close < 0) {
                inserted.add(Object.class);
                continue;
            }
            inserted.add(typeOf(code.substring(open + 1, close).strip(), code, rule, text, types));
        }
        return inserted;
    }

    private static Class<?> typeOf(String expression, String code, RuleImpl rule, RuleText text,
                                   ClassLoader types) {
        Matcher created = NEW.matcher(expression);
        if (created.find()) {
            return resolve(created.group(1), text, types);
        }
        Matcher cast = CAST.matcher(expression);
        if (cast.find()) {
            return resolve(cast.group(1), text, types);
        }
        Matcher head = HEAD.matcher(expression);
        if (!head.find()) {
            return Object.class;
        }
        String name = head.group(1);
        Class<?> current;
        boolean statics = false;
        Declaration bound = rule.getDeclaration(name);
        if (bound != null) {
            current = bound.getDeclarationClass();
        } else if (localType(name, code) != null) {
            current = resolve(localType(name, code), text, types);
        } else if (Character.isUpperCase(name.charAt(0))) {
            current = resolve(name, text, types);
            statics = true;
        } else {
            return Object.class;
        }
        String rest = expression.substring(head.end());
        while (current != Object.class && !rest.isBlank()) {
            Matcher member = MEMBER.matcher(rest);
            if (!member.find()) {
                return Object.class;
            }
            String memberName = member.group(1);
            rest = rest.substring(member.end());
            if (rest.startsWith("(")) {
                int close = closing(rest, 0);
                if (close < 0) {
                    return Object.class;
                }
                rest = rest.substring(close + 1);
                current = returnType(current, memberName, statics);
            } else {
                current = fieldType(current, memberName, statics);
            }
            statics = false;
        }
        return current;
    }

    /** The declared type of a local variable of the consequence ({@code Type name = ...}), or null. */
    private static String localType(String name, String code) {
        Matcher declared = Pattern.compile("([\\w.]+)\\s*(?:<[^>]*>)?\\s+" + Pattern.quote(name) + "\\s*=(?!=)").matcher(code);
        return declared.find() ? declared.group(1) : null;
    }

    private static Class<?> returnType(Class<?> owner, String name, boolean statics) {
        Class<?> found = null;
        for (Method method : owner.getMethods()) {
            if (method.getName().equals(name) && (!statics || Modifier.isStatic(method.getModifiers()))) {
                if (found != null && found != method.getReturnType()) {
                    return Object.class; // overloads that return different types: cannot tell
                }
                found = method.getReturnType();
            }
        }
        return found == null ? Object.class : found;
    }

    private static Class<?> fieldType(Class<?> owner, String name, boolean statics) {
        try {
            Field field = owner.getField(name);
            return !statics || Modifier.isStatic(field.getModifiers()) ? field.getType() : Object.class;
        } catch (NoSuchFieldException e) {
            return Object.class;
        }
    }

    private static Class<?> resolve(String name, RuleText text, ClassLoader types) {
        Class<?> resolved = text.resolve(name, types);
        return resolved == null ? Object.class : resolved;
    }

    /** The index of the parenthesis closing the one at {@code open}, or -1. */
    private static int closing(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The code with comments removed and string and char literals emptied, so that their text is not read as code. */
    static String withoutCommentsAndStrings(String code) {
        StringBuilder out = new StringBuilder(code.length());
        int i = 0;
        while (i < code.length()) {
            char c = code.charAt(i);
            if (c == '/' && i + 1 < code.length() && code.charAt(i + 1) == '/') {
                while (i < code.length() && code.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < code.length() && code.charAt(i + 1) == '*') {
                int end = code.indexOf("*/", i + 2);
                i = end < 0 ? code.length() : end + 2;
                out.append(' ');
            } else if (c == '"' || c == '\'') {
                out.append(c).append(c);
                i++;
                while (i < code.length() && code.charAt(i) != c) {
                    i += code.charAt(i) == '\\' ? 2 : 1;
                }
                i++;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
