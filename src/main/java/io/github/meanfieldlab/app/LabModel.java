package io.github.meanfieldlab.app;

import io.github.meanfieldlab.config.ConfigIO;
import io.github.meanfieldlab.config.ExperimentConfig;
import io.github.meanfieldlab.session.Session;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The window's state, which the controls bind to and the panes follow (the PhET way: the view is built from the
 * model and binds to its properties): the configuration the form asks for, the run on screen, whether it steps
 * and how fast. It drives a {@link FlowSession} and hears back from it; it computes nothing itself. FX thread only.
 *
 * <p>The form is a property like the others: a control writes its field into {@link #formProperty()}, and a form
 * that differs from what was last asked for restarts the flow. A refused form goes back to the running
 * configuration, and the controls follow it because they are bound to it; nothing is pushed into them.
 */
public final class LabModel implements FlowSession.Listener {
    private final FlowSession session;
    private final BiFunction<FlowSession.Listener, SolverBudget.Share, FlowSession> sessionFor;
    /** The solver threads of the window's run alone; compare mode shares them between A and B. */
    private final SolverBudget budget;
    /** Run A of compare mode, pinned beside the window's own in a session of its own; null outside compare mode. */
    private final ReadOnlyObjectWrapper<ComparedRun> pinned = new ReadOnlyObjectWrapper<>(this, "pinned");
    private final ObjectProperty<ExperimentConfig> form;
    private final ReadOnlyObjectWrapper<FlowSession.Started> run = new ReadOnlyObjectWrapper<>(this, "run");
    private final ReadOnlyBooleanWrapper stepping = new ReadOnlyBooleanWrapper(this, "stepping", true);
    private final DoubleProperty stepsPerSecond = new SimpleDoubleProperty(this, "stepsPerSecond");
    /** Whether the panes show an earlier snapshot from the replay; anything that moves the flow ends it. */
    private final BooleanProperty replaying = new SimpleBooleanProperty(this, "replaying");
    private final Consumer<String> messages;
    /** The configuration handed to the session last: the form restarts the flow only when it differs. */
    private ExperimentConfig asked;
    private boolean closed;

    /**
     * @param sessionFor builds a session that reports to its listener (on the FX thread) with a share of the
     *                   solver threads: the window's run's, and run A's in compare mode
     * @param budget the solver threads of the window's run alone, which compare mode shares between A and B
     * @param initial the configuration to run first
     * @param messages where the model's messages for the user go (a refused setting, a fallback)
     */
    public LabModel(BiFunction<FlowSession.Listener, SolverBudget.Share, FlowSession> sessionFor,
                    SolverBudget budget, ExperimentConfig initial, Consumer<String> messages) {
        this.sessionFor = sessionFor;
        this.budget = budget;
        this.session = sessionFor.apply(this, budget.alone());
        this.messages = messages;
        form = new SimpleObjectProperty<>(this, "form", initial);
        form.addListener((obs, was, now) -> {
            if (now != null && !now.equals(asked)) {
                ask(now);
            }
        });
        stepsPerSecond.addListener((obs, was, now) -> {
            session.setMaxStepsPerSecond(now.doubleValue());
            forPinned(a -> a.session().setMaxStepsPerSecond(now.doubleValue()));
        });
    }

    /** Starts the flow of the form's configuration. */
    public void start() {
        ask(form.get());
    }

    private void ask(ExperimentConfig config) {
        replaying.set(false);
        asked = config;
        session.restart(config);
        form.set(config);
    }

    /** The configuration the form shows and asks for; setting a different one restarts the flow with it. */
    public ObjectProperty<ExperimentConfig> formProperty() {
        return form;
    }

    /** The run on screen; null before the first has started. */
    public ReadOnlyObjectProperty<FlowSession.Started> runProperty() {
        return run.getReadOnlyProperty();
    }

    /** The id of the run on screen, 0 before the first: snapshots and paintings of any other run are late. */
    public long runId() {
        FlowSession.Started r = run.get();
        return r == null ? 0 : r.runId();
    }

    /** The configuration of the run on screen; null before the first has started. */
    public ExperimentConfig running() {
        FlowSession.Started r = run.get();
        return r == null ? null : r.config();
    }

    /** Whether the flow steps now: false while paused and after the run's stopping rule fired. */
    public ReadOnlyBooleanProperty steppingProperty() {
        return stepping.getReadOnlyProperty();
    }

    /** The solver's speed limit in steps per second; 0 for as fast as the machine goes. */
    public DoubleProperty stepsPerSecondProperty() {
        return stepsPerSecond;
    }

    /** The session the model drives (for the snapshot pump and measurements). */
    public FlowSession session() {
        return session;
    }

    /**
     * Whether the panes show an earlier snapshot of the run (the replay scrubber sets it, and pauses first);
     * play, a step, a restart or a new form end it, and the panes show the newest state again.
     */
    public BooleanProperty replayingProperty() {
        return replaying;
    }

    /**
     * Plays the flow, past its stopping rule too; from the newest state, not from a replayed one. In compare mode
     * A plays too: the time controls move both runs.
     */
    public void play() {
        replaying.set(false);
        session.play();
        forPinned(a -> a.session().play());
        stepping.set(true);
    }

    /** Pauses the flow (and A in compare mode); later runs start paused at s = 0. */
    public void pause() {
        session.pause();
        forPinned(a -> a.session().pause());
        stepping.set(false);
    }

    public void togglePlay() {
        if (stepping.get()) {
            pause();
        } else {
            play();
        }
    }

    /** One Euler step, pausing first; in compare mode A takes one too. */
    public void stepOnce() {
        replaying.set(false);
        session.stepOnce();
        forPinned(a -> a.session().stepOnce());
        stepping.set(false);
    }

    private void forPinned(Consumer<ComparedRun> action) {
        ComparedRun a = pinned.get();
        if (a != null) {
            action.accept(a);
        }
    }

    /** Starts the running configuration again from ρ_ini at s = 0; a pinned run A goes on. */
    public void restart() {
        ExperimentConfig c = running();
        if (c != null) {
            // Paused, the new run stays paused at s = 0, and the status bar's state says so.
            ask(c);
        }
    }

    /** Every setting back to the built-in default experiment at the default pace, running. */
    public void resetAll() {
        stepsPerSecond.set(AppSettings.DEFAULT_STEPS_PER_SECOND);
        play();
        open(ConfigIO.defaults());
    }

    /** Runs {@code config} from ρ_ini, even if it is the one running (an experiment opened again starts again). */
    public void open(ExperimentConfig config) {
        ask(config);
    }

    /**
     * Continues {@code saved} where it stopped: the form shows its configuration without starting that afresh.
     * Refused like a form (the current run goes on) if it cannot be built here.
     */
    public void resume(Session saved) {
        replaying.set(false);
        asked = saved.config();
        session.resume(saved);
        form.set(asked);
    }

    /** A snapshot of the run on screen came: the play state follows the solver (its stopping rule pauses it). */
    public void snapshotArrived() {
        stepping.set(session.isStepping());
    }

    @Override
    public void started(FlowSession.Started started) {
        if (!closed) {
            // The form is left alone: it already asks for this run, or for a newer one on its way.
            run.set(started);
        }
    }

    @Override
    public void refused(ExperimentConfig requested, String message) {
        if (closed) {
            return;
        }
        String said = UiLabels.speak(message);
        if (run.get() == null) {
            // The remembered settings cannot run here (less memory than where they were saved, say): fall back to
            // the default experiment rather than show an empty window.
            messages.accept("Saved settings not run: " + said + ". Showing the default experiment.");
            ask(ConfigIO.defaults());
            return;
        }
        if (requested.equals(asked)) {
            asked = running();
            form.set(asked);
        }
        messages.accept("Not applied: " + said + ". The current run goes on.");
    }

    /**
     * Pins the window's run as run A of compare mode, exactly where {@code shown} has it (its particles, history
     * and s: the newest state the panes showed, not a replayed one), and continues it in a session of its own,
     * playing or paused as the window's run is; the window's run, B, goes on and restarts alone when the settings
     * change. A and B share the solver threads the window's run had alone ({@link SolverBudget}). Nothing happens
     * if A is already pinned.
     *
     * @param shown the window's run as far as it has been shown
     * @return run A, or null if one was pinned already or the model is closed
     */
    public ComparedRun pin(Session shown) {
        if (closed || pinned.get() != null) {
            return null;
        }
        // A replay ends: A is the newest state, and the scrubber hides while A and B are shown side by side.
        replaying.set(false);
        SolverBudget.Split split = budget.split();
        session.setShare(split.window());
        ComparedRun a = new ComparedRun(shown, sessionFor, split.pinned(), stepping.get(), stepsPerSecond.get(),
                messages);
        pinned.set(a);
        return a;
    }

    /** Ends compare mode: A's solver stops and the window's run goes on alone, with every solver thread again. */
    public void unpin() {
        ComparedRun a = pinned.get();
        if (a != null) {
            pinned.set(null);
            a.close();
            session.setShare(budget.alone());
        }
    }

    /** The solver threads of the window's run alone, and how compare mode shares them. */
    public SolverBudget solverBudget() {
        return budget;
    }

    /** Run A of compare mode, or null outside it. */
    public ReadOnlyObjectProperty<ComparedRun> pinnedProperty() {
        return pinned.getReadOnlyProperty();
    }

    /** Stops the flow and a pinned run A; the model hears nothing more. */
    public void close() {
        closed = true;
        session.close();
        unpin();
    }
}
