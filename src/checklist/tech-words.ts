// Words a tech interview note uses that a general dictionary flags. Shipped with the package so
// "Kubernetes" and "GraphQL" are not reported as typos; the interview's own names and topics are
// added per note by knownWordsFor.

export const TECH_WORDS: readonly string[] = [
  'Kubernetes', 'k8s', 'Kafka', 'GraphQL', 'gRPC', 'protobuf', 'Protobuf', 'OTA', 'CI/CD', 'CI', 'CD', 'DevOps', 'DevSecOps',
  'SRE', 'SREs', 'SLO', 'SLOs', 'SLA', 'SLAs', 'SLI', 'SLIs', 'on-call', 'runbook', 'runbooks', 'postmortem', 'postmortems',
  'observability', 'OpenTelemetry', 'Prometheus', 'Grafana', 'Datadog', 'Terraform', 'Ansible', 'Helm', 'Istio', 'Envoy',
  'PostgreSQL', 'Postgres', 'MySQL', 'SQLite', 'MongoDB', 'Redis', 'Cassandra', 'DynamoDB', 'Elasticsearch', 'ClickHouse',
  'Snowflake', 'BigQuery', 'Redshift', 'Spark', 'Flink', 'Airflow', 'dbt', 'ETL', 'ELT', 'NoSQL', 'SQL',
  'AWS', 'GCP', 'Azure', 'EC2', 'S3', 'Lambda', 'EKS', 'GKE', 'AKS', 'IAM', 'VPC', 'CDN', 'DNS', 'TLS', 'SSL', 'HTTP', 'HTTPS',
  'API', 'APIs', 'REST', 'RESTful', 'SDK', 'SDKs', 'CLI', 'CLIs', 'UI', 'UX', 'UIs', 'QA', 'ML', 'AI', 'LLM', 'LLMs', 'NLP',
  'MLOps', 'PyTorch', 'TensorFlow', 'scikit-learn', 'Jupyter', 'pandas', 'NumPy', 'JavaScript', 'TypeScript', 'Node.js',
  'Deno', 'React', 'Vue', 'Svelte', 'Angular', 'Next.js', 'webpack', 'esbuild', 'Vite', 'Golang', 'Rust', 'Kotlin', 'Swift',
  'SwiftUI', 'iOS', 'Android', 'macOS', 'Linux', 'Ubuntu', 'Debian', 'Docker', 'Dockerfile', 'containerd', 'microservice',
  'microservices', 'monorepo', 'monorepos', 'backend', 'frontend', 'full-stack', 'fullstack', 'middleware', 'firmware',
  'telemetry', 'latency', 'throughput', 'idempotent', 'idempotency', 'sharding', 'autoscaling', 'failover', 'rollout',
  'rollouts', 'rollback', 'rollbacks', 'canary', 'blue-green', 'GitHub', 'GitLab', 'Bitbucket', 'Jira', 'Confluence', 'Slack',
  'Figma', 'OKR', 'OKRs', 'KPI', 'KPIs', 'roadmap', 'roadmaps', 'B2B', 'B2C', 'SaaS', 'PaaS', 'IaaS', 'fintech', 'edtech',
  'healthtech', 'MVP', 'A/B', 'LiDAR', 'ROS', 'ROS2', 'embedded', 'RTOS', 'FPGA', 'PCB', 'IoT', 'OAuth', 'SSO', 'SAML', 'JWT',
  'JSON', 'YAML', 'XML', 'CSV', 'WebSocket', 'WebSockets', 'WebAssembly', 'Wasm', 'gRPC-Web', 'pub/sub', 'Pub/Sub', 'RabbitMQ',
  'NATS', 'Pulsar', 'Kinesis', 'SQS', 'SNS', 'ECS', 'Fargate', 'Vercel', 'Netlify', 'Heroku', 'Cloudflare', 'LinkedIn',
];

/** Short capitalised words that are names of things, never shouting. */
export const ACRONYMS: readonly string[] = TECH_WORDS.filter((word) => /^[A-Z0-9/&.-]+s?$/.test(word) && /[A-Z]/.test(word));
