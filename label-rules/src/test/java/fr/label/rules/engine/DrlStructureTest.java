package fr.label.rules.engine;

import fr.label.RuleFile;
import fr.label.LabelEngine;
import fr.label.Language;
import fr.label.RuleProblem;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The usual slips of a rule author, found where the construct opens; none in a file that is right. */
class DrlStructureTest {

    private static List<String> slips(String text) {
        return DrlStructure.slips("f.drl", text).stream().map(p -> p.toString(Language.EN)).toList();
    }

    @Test
    void theShippedFilesHaveNoSlip() {
        for (int edition : LabelEngine.editions()) {
            for (RuleFile file : ShippedRuleSets.files(edition)) {
                assertThat(DrlStructure.slips(file.name(), file.content())).as(file.name()).isEmpty();
            }
        }
    }

    @Test
    void whatLooksLikeASlipButIsNotIsLeftAlone() {
        assertThat(slips("""
                package p;
                // a comment with "a quote, and a rule word: rule "x" ( ( (
                /* a block comment: end ) ) */
                function int twice(int n) { return n * 2; }
                rule "a rule's name with ( and ' inside"
                    @description("a description (with parentheses) and an end")
                when
                    $a : FiledAction( repeatsAnEarlierId == false,
                                      end != null )
                    not X( name == 'single ( quoted' )
                then
                    char c = '"';
                    char d = '(';
                    System.out.println($a.end() + "end ) of the line");
                end

                query "q" (String name)
                    X( name == name )
                end
                """)).isEmpty();
    }

    @Test
    void aRuleWithoutEndAtTheEndOfTheFileOrBeforeTheNextRule() {
        assertThat(slips("""
                rule "first"
                when
                    X()
                then
                    insert(new Y());

                rule "second"
                when
                then
                """)).containsExactly(
                "f.drl:1: rule \"first\", opened on this line, has no end: every rule ends with end",
                "f.drl:7: rule \"second\", opened on this line, has no end: every rule ends with end");
    }

    @Test
    void aRuleWithoutThenAParenthesisTooManyOrNeverClosedAStringNeverClosed() {
        assertThat(slips("""
                rule "no then"
                when
                    X()
                end
                rule "parentheses"
                when
                    X( a == 1 ))
                    Y( b == 2
                then
                end
                rule "string"
                when
                    X( name == "open )
                then
                end
                """)).containsExactly(
                "f.drl:1: rule \"no then\" has no then: its conditions run up to end",
                "f.drl:7:16: this \")\" closes no \"(\": one \")\" too many",
                "f.drl:8:6: this \"(\" is never closed: a \")\" is missing",
                "f.drl:13:16: this string is never closed: a quote is missing before the end of the line",
                "f.drl:13:6: this \"(\" is never closed: a \")\" is missing");
    }

    @Test
    void aSlipReadsInFrenchByDefault() {
        RuleProblem slip = DrlStructure.slips("f.drl", "rule \"r\"\nwhen\n    X(\nthen\nend\n").get(0);

        assertThat(slip.toString()).isEqualTo("f.drl:3:6: cette « ( » n'est jamais fermée : il manque une « ) »");
    }
}
