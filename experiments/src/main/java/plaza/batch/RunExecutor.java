package plaza.batch;

import plaza.model.PlazaModel;
import plaza.model.RunConfig;
import plaza.output.RunListener;

/**
 * Runs one model configuration, streaming months to the listener. The batch uses
 * {@link PlazaModel#run}; tests substitute an executor that fails on chosen runs to check that a
 * failure is recorded and the batch goes on, without any test branch inside the model.
 */
@FunctionalInterface
interface RunExecutor {

    RunExecutor MODEL = PlazaModel::run;

    void run(RunConfig config, RunListener listener);
}
