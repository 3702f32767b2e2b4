// scripts/bench engines: times the pure engines on realistic sizes, each against the budget it aims for.
runLearnerBenchmarks()
runEvaluatorBenchmarks()
