/**
 * The timetable solver, free of persistence: plain planning classes, the scheduling rules
 * and the OptaPlanner set-up.
 *
 * <pre>{@code
 * SchedulingRules rules = SchedulingRules.load(Path.of("scheduling-rules"));     // or defaults()
 * TimetableSolution problem = TimetableProblemFactory.build(snapshot, rules, previousSlotIndexByPair, fresh);
 *
 * // background solving, as a service does it
 * SolverManager<TimetableSolution, UUID> solverManager =
 *         SolverManager.create(TimetableSolverConfigs.solverConfig(rules), new SolverManagerConfig());
 * TimetableResultBuilder results = new TimetableResultBuilder();           // reuse it, thread-safe
 * solverManager.solveAndListen(runId, id -> problem, best -> save(results.build(best)));
 * solverManager.terminateEarly(runId);                                     // stop when asked
 *
 * TimetableExport export = TimetableExport.of(result);                      // openmap-timetable/1
 * }</pre>
 */
package fr.openmap.timetable.solver;
