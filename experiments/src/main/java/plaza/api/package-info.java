/**
 * Plaza as a library: the small public Java API that semantic versioning protects.
 *
 * <p>Load a scenario by name or file and change its parameters ({@link plaza.api.Scenarios},
 * {@link plaza.api.Scenario}); run it for a seed, period and scale ({@link plaza.api.Run}); receive
 * every month's outputs in memory, keyed by the declared {@link plaza.output.Metric}s, with the plaza
 * and event rows ({@link plaza.api.RunOutputs}, or month by month through a
 * {@link plaza.api.RunObserver}); run a batch on the local engine ({@link plaza.api.Batch}) and read
 * its result set ({@link plaza.api.Results}); compare two result sets ({@link plaza.api.Comparison}).
 *
 * <p>Bad input raises an {@link plaza.api.InvalidInputException} whose message is the one the
 * command line prints (file, line, parameter, allowed range); a run whose outputs are not finite
 * numbers raises a {@link plaza.api.RunFailedException}. No type of this package exposes MASON or
 * picocli. Besides this package, the version protects the output declarations its methods return:
 * {@link plaza.output.Metric}, {@link plaza.output.PlazaRow} and {@link plaza.output.Event}.
 */
package plaza.api;
