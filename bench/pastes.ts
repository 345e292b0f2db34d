// What people paste into a DM: the longest message Slack or Discord delivers, of a job advert
// or of everyday prose. Shared by the ask benchmark and the tests that bound the work it takes.

/** A job advert as people paste it: tech words, everyday words and typos, one line. */
export const JOB_ADVERT = `About the role: we are hiring a senior machine learning engineer to join
our platform team. You will design, build and operate training pipelines in pytorch and
tensorflow, serve models with kubernetes, docker and helm, and own our feature store (feast) and
experiment tracking (mlflow, weights and biases). Requirements: 5+ years of pyhton, strong sql,
experience with spark, airflow, dbt, kafka, terraform, aws or gcp; familiarity with transformers,
huggingface, langchain, vector databases, retrieval augmented generation, prompt engineering and
llm evaluation. Nice to have: rust or go, ci/cd with github actions, observability with
prometheus and grafana, a/b testing, causal inference, bayesian statistics, linear algebra,
probability, optimisation, gradient boostign (xgboost, lightgbm), scikit-learn, pandas, numpy,
polars, ray, dask, distributed systems, data modelling, data quality, data governance, privacy,
fairness, responsible ai, model monitoring, drift detection, incident response, on-call,
postmortems, code review, technical writing, mentoring, communication, stakeholder management,
product sense, estimation and planning. Responsibilities: partner with data scientists to
productionise models; improve latency and cost of inference; build tooling for labelling,
evaluation and deployment; write design docs; review pull requests; mentor junior engineers;
contribute to our hiring loop. Our stack: python 3.12, pytorch 2, kuberntes on gke, argo
workflows, bigquery, postgres, redis, kafka, terraform, github actions, datadog, sentry.
Benefits: competitive salary, equity, remote-friendly, learning budget, parental leave, health
insurance, pension, 30 days holiday. We welcome applicants from all backgrounds. Bonus points for
experience with recommender systems, ranking, search relevance, computer vision, speech, time
series forecasting, reinforcement learning, graph neural networks, quantisation, distillation,
onnx, tensorrt, triton inference server, vllm, deepspeed, fsdp, jax, cuda kernels, profiling,
benchmarking, sharding, caching, streaming, batch processing, schema evolution.`.replace(
  /\n/g,
  " ",
);

/** Ordinary English, no tool named. */
export const PROSE = `We are looking for a thoughtful person who enjoys working with people
across the company. You will spend your days talking to customers, writing clear documents,
reviewing the work of others and helping the team decide what to build next. The role is hybrid,
with two days a week in our office near the river, and there is a generous budget for books,
conferences and travel. We value kindness, curiosity and honest feedback, and we would love to
hear from you even if you do not tick every box. Please send a short note about something you
built and are proud of. `.replace(/\n/g, " ");

/** The longest message Slack or Discord delivers. */
export const LONGEST_MESSAGE = 4000;

/** `text` repeated up to the longest message, and cut there. */
export const pasted = (text: string) =>
  text.repeat(Math.ceil(LONGEST_MESSAGE / text.length)).slice(0, LONGEST_MESSAGE);
