package io.github.meanfieldlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    @Test
    void theTimeLeftAssumesTheRateSoFarHolds() {
        assertEquals("[######..................]  25%  run 1/4  0:30 left", ProgressBar.line(0.25, "run 1/4", 10));
        assertEquals("[########################] 100%  done  took 1:06:40", ProgressBar.line(1, "done", 4000));
        assertTrue(ProgressBar.line(0, "starting", 5).endsWith("time left unknown"));
    }

    @Test
    void aLogGetsWholeLinesAndTheEnd() {
        StringWriter text = new StringWriter();
        ProgressBar bar = new ProgressBar(new PrintWriter(text), false);
        bar.update(0.5, "half");   // within the first interval: not shown
        bar.finish("all");
        assertEquals(1, text.toString().lines().count(), text.toString());
        assertTrue(text.toString().startsWith("[########################] 100%  all  took 0:00"), text.toString());
    }

    @Test
    void anErrorOnATerminalGetsALineOfItsOwn() throws InterruptedException {
        StringWriter text = new StringWriter();
        PrintWriter err = new PrintWriter(text);
        ProgressBar bar = new ProgressBar(err, true);
        bar.breakLine();   // nothing drawn yet: nothing to end
        Thread.sleep(300); // past the terminal's redraw interval
        bar.update(0.5, "half");
        bar.breakLine();
        err.println("error: a message");
        bar.finish("all");
        String[] lines = text.toString().split("\n", -1);
        assertEquals(4, lines.length, text.toString());
        assertTrue(lines[0].startsWith("\r[############............]  50%  half"), lines[0]);
        assertEquals("error: a message", lines[1]);
        assertTrue(lines[2].startsWith("\r[########################] 100%  all"), lines[2]);
        assertEquals("", lines[3]);
    }
}
