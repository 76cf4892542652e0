/**
 * The technology registry: every technology a topic or level can show, with its logo source and
 * official site. Frontmatter refers to technologies by key; the schema turns the keys into an
 * enum, so a typo fails the build naming the file and field.
 *
 * Logos come from well-kept CC0 icon collections and are rendered to SVG files at build time
 * (see `src/lib/logos.ts` and `src/pages/logos/[key].svg.ts`): nothing is fetched at run time.
 * Full-colour Iconify `logos` are preferred; where one weighs over ~1.5 KB gzip, the single-path
 * Simple Icons version in the brand colour is used instead, to keep pages within their budget.
 */

/** Where a logo comes from: an Iconify JSON collection, or Simple Icons for what Iconify lacks. */
export type LogoSource =
  | { readonly pack: 'logos' | 'lucide'; readonly icon: string }
  | {
      readonly pack: 'simple-icons';
      readonly icon: string;
      /** A fill instead of the brand hex, where that hex is too faint on a light page (hex digits). */
      readonly color?: string;
    };

export interface Technology {
  /** The name shown beside the logo, as the project spells it. */
  readonly name: string;
  /** The project's official home page. */
  readonly url: string;
  readonly logo: LogoSource;
  /** Other names learners type for it (abbreviations, short forms); search matches them. */
  readonly aliases?: readonly string[];
}

const logos = (icon: string): LogoSource => ({ pack: 'logos', icon });
const simple = (icon: string, color?: string): LogoSource =>
  color ? { pack: 'simple-icons', icon, color } : { pack: 'simple-icons', icon };

export const technologies = {
  python: { name: 'Python', url: 'https://www.python.org/', logo: logos('python'), aliases: ['py'] },
  git: { name: 'Git', url: 'https://git-scm.com/', logo: logos('git-icon') },
  github: { name: 'GitHub', url: 'https://github.com/', logo: logos('github-icon') },
  gitlab: { name: 'GitLab', url: 'https://about.gitlab.com/', logo: logos('gitlab-icon') },
  'command-line': {
    name: 'Command Line',
    url: 'https://www.gnu.org/software/bash/manual/',
    logo: { pack: 'lucide', icon: 'square-terminal' },
    aliases: ['terminal', 'shell', 'cli'],
  },
  bash: { name: 'Bash', url: 'https://www.gnu.org/software/bash/', logo: logos('bash-icon') },
  vscode: {
    name: 'VS Code',
    url: 'https://code.visualstudio.com/',
    logo: logos('visual-studio-code'),
    aliases: ['vs code', 'vsc'],
  },
  pycharm: { name: 'PyCharm', url: 'https://www.jetbrains.com/pycharm/', logo: logos('pycharm') },
  pypi: { name: 'pip and PyPI', url: 'https://pypi.org/', logo: simple('pypi') },
  conda: { name: 'conda', url: 'https://docs.conda.io/', logo: simple('anaconda') },
  flask: { name: 'Flask', url: 'https://flask.palletsprojects.com/', logo: simple('flask', '000000') },
  django: { name: 'Django', url: 'https://www.djangoproject.com/', logo: logos('django-icon') },
  fastapi: { name: 'FastAPI', url: 'https://fastapi.tiangolo.com/', logo: logos('fastapi-icon') },
  pydantic: { name: 'Pydantic', url: 'https://docs.pydantic.dev/', logo: simple('pydantic') },
  sqlalchemy: { name: 'SQLAlchemy', url: 'https://www.sqlalchemy.org/', logo: simple('sqlalchemy') },
  mysql: { name: 'MySQL', url: 'https://www.mysql.com/', logo: logos('mysql-icon') },
  postgresql: {
    name: 'PostgreSQL',
    url: 'https://www.postgresql.org/',
    logo: simple('postgresql'),
    aliases: ['postgres', 'psql', 'pg'],
  },
  mongodb: { name: 'MongoDB', url: 'https://www.mongodb.com/', logo: logos('mongodb-icon'), aliases: ['mongo'] },
  sqlite: { name: 'SQLite', url: 'https://www.sqlite.org/', logo: simple('sqlite') },
  jwt: { name: 'JWT', url: 'https://datatracker.ietf.org/doc/html/rfc7519', logo: logos('jwt-icon') },
  oauth: { name: 'OAuth 2.0', url: 'https://oauth.net/2/', logo: logos('oauth'), aliases: ['oauth2'] },
  graphql: { name: 'GraphQL', url: 'https://graphql.org/', logo: logos('graphql') },
  openapi: { name: 'OpenAPI', url: 'https://www.openapis.org/', logo: simple('openapiinitiative') },
  postman: { name: 'Postman', url: 'https://www.postman.com/', logo: simple('postman') },
  insomnia: { name: 'Insomnia', url: 'https://insomnia.rest/', logo: simple('insomnia') },
  aiohttp: { name: 'AIOHTTP', url: 'https://docs.aiohttp.org/', logo: simple('aiohttp') },
  pytest: { name: 'pytest', url: 'https://docs.pytest.org/', logo: simple('pytest') },
  docker: { name: 'Docker', url: 'https://www.docker.com/', logo: logos('docker-icon') },
  redis: { name: 'Redis', url: 'https://redis.io/', logo: logos('redis') },
  rabbitmq: { name: 'RabbitMQ', url: 'https://www.rabbitmq.com/', logo: logos('rabbitmq-icon'), aliases: ['amqp'] },
  celery: { name: 'Celery', url: 'https://docs.celeryq.dev/', logo: simple('celery') },
  kafka: { name: 'Apache Kafka', url: 'https://kafka.apache.org/', logo: simple('apachekafka') },
  nginx: { name: 'NGINX', url: 'https://nginx.org/', logo: logos('nginx') },
  grpc: { name: 'gRPC', url: 'https://grpc.io/', logo: logos('grpc'), aliases: ['protobuf', 'protocol buffers'] },
  aws: { name: 'AWS', url: 'https://aws.amazon.com/', logo: logos('aws') },
  azure: { name: 'Azure', url: 'https://azure.microsoft.com/', logo: logos('microsoft-azure') },
  'google-cloud': {
    name: 'Google Cloud',
    url: 'https://cloud.google.com/',
    logo: logos('google-cloud'),
    aliases: ['gcp'],
  },
  'aws-lambda': { name: 'AWS Lambda', url: 'https://aws.amazon.com/lambda/', logo: logos('aws-lambda') },
  'github-actions': {
    name: 'GitHub Actions',
    url: 'https://docs.github.com/actions',
    logo: logos('github-actions'),
    aliases: ['gha'],
  },
  jenkins: { name: 'Jenkins', url: 'https://www.jenkins.io/', logo: simple('jenkins') },
  terraform: { name: 'Terraform', url: 'https://developer.hashicorp.com/terraform', logo: logos('terraform-icon') },
  kubernetes: {
    name: 'Kubernetes',
    url: 'https://kubernetes.io/',
    logo: simple('kubernetes'),
    aliases: ['k8s', 'kube'],
  },
  prometheus: { name: 'Prometheus', url: 'https://prometheus.io/', logo: logos('prometheus') },
  grafana: { name: 'Grafana', url: 'https://grafana.com/', logo: simple('grafana') },
  elasticsearch: {
    name: 'Elasticsearch',
    url: 'https://www.elastic.co/elasticsearch',
    logo: logos('elasticsearch'),
    aliases: ['elk', 'elastic'],
  },
  logstash: { name: 'Logstash', url: 'https://www.elastic.co/logstash', logo: logos('logstash') },
  kibana: { name: 'Kibana', url: 'https://www.elastic.co/kibana', logo: logos('kibana') },
  sentry: { name: 'Sentry', url: 'https://sentry.io/', logo: logos('sentry-icon') },
  owasp: { name: 'OWASP', url: 'https://owasp.org/', logo: simple('owasp') },
  websocket: {
    name: 'WebSocket',
    url: 'https://datatracker.ietf.org/doc/html/rfc6455',
    logo: logos('websocket'),
    aliases: ['websockets', 'ws'],
  },
} as const satisfies Record<string, Technology>;

export type TechnologyKey = keyof typeof technologies;

/** Every registry key, for `z.enum()`. */
export const technologyKeys = Object.keys(technologies) as [TechnologyKey, ...TechnologyKey[]];
