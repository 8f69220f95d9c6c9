package io.github.meanfieldlab.core;

/**
 * Where a run of the gradient flow is. A {@link FlowRunner} moves between the states on these events, all in one
 * method under its lock; a snapshot carries the state it was taken in.
 *
 * <table>
 * <caption>State after each event (blank: the event changes nothing)</caption>
 * <tr><th>state</th><th>built</th><th>play</th><th>pause</th><th>step asked</th><th>stopping rule</th>
 *     <th>not finite</th><th>cancel</th></tr>
 * <tr><td>STARTING</td><td>RUNNING if play was asked, else PAUSED</td><td>(remembered)</td><td>(remembered)</td>
 *     <td>(counted)</td><td></td><td>FAILED</td><td>CANCELLED</td></tr>
 * <tr><td>RUNNING</td><td></td><td></td><td>PAUSED</td><td>(ignored)</td><td>FINISHED</td><td>FAILED</td>
 *     <td>CANCELLED</td></tr>
 * <tr><td>PAUSED</td><td></td><td>RUNNING</td><td></td><td>(one step taken)</td><td>FINISHED</td><td>FAILED</td>
 *     <td>CANCELLED</td></tr>
 * <tr><td>FINISHED</td><td></td><td>RUNNING, the rule off</td><td></td><td>(one step taken)</td><td>FINISHED</td>
 *     <td>FAILED</td><td>CANCELLED</td></tr>
 * <tr><td>FAILED</td><td colspan="7">final: the thread has ended</td></tr>
 * <tr><td>CANCELLED</td><td colspan="7">final: the thread has ended or is ending</td></tr>
 * </table>
 */
public enum RunState {
    /** Building the flow (evaluating the initial state). */
    STARTING,
    /** Stepping. */
    RUNNING,
    /** Waiting for play or a single step. */
    PAUSED,
    /** Stopped by its stopping rule; play continues past it, a single step steps and stops again. */
    FINISHED,
    /** A step was not finite or the flow could not be built; the message says why. */
    FAILED,
    /** Cancelled; the thread has ended or is ending. */
    CANCELLED;

    /** Whether no event changes the state any more. */
    public boolean isFinal() {
        return this == FAILED || this == CANCELLED;
    }
}
