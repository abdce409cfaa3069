// What bin/test, bin/preview and bin/screenshots need on this machine, and
// its installation when it is missing: Debian's packages (as root; otherwise
// the one line to run is printed), pnpm and the Node packages, and the gems.
import { execFileSync, spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";

const PNPM = "pnpm@10.34.9";

function onPath(command) {
  return spawnSync("sh", ["-c", `command -v ${command}`]).status === 0;
}

function rubyHeaders() {
  return (
    onPath("ruby") &&
    spawnSync("ruby", [
      "-rrbconfig",
      "-e",
      'exit File.exist?(File.join(RbConfig::CONFIG["rubyhdrdir"], "ruby.h"))',
    ]).status === 0
  );
}

function postgresInstalled() {
  const base = "/usr/lib/postgresql";
  return (
    existsSync(base) &&
    readdirSync(base).some((version) =>
      existsSync(join(base, version, "bin/initdb"))
    )
  );
}

// Each Debian package, with how to tell it is there.
const PACKAGES = {
  chromium: () => onPath("chromium") || onPath("chromium-browser"),
  ruby: () => onPath("ruby"),
  "ruby-bundler": () => onPath("bundle"),
  // The linters' parsers and bigdecimal build C extensions...
  "ruby-dev": rubyHeaders,
  gcc: () => onPath("gcc"),
  make: () => onPath("make"),
  // ...and psych, which Railties brings, builds against libyaml.
  "libyaml-dev": () =>
    spawnSync("dpkg", ["-s", "libyaml-dev"], { stdio: "ignore" }).status === 0,
  // The tests start a throwaway PostgreSQL of their own.
  "postgresql-15": postgresInstalled,
};

export const FOR_TESTS = Object.keys(PACKAGES);

const NO_CLUSTER_DIR = "/etc/postgresql-common/createcluster.d";
const NO_CLUSTER = `${NO_CLUSTER_DIR}/50-no-main-cluster.conf`;

function installSystemPackages(wanted) {
  const missing = wanted.filter((name) => !PACKAGES[name]());
  if (!missing.length) {
    return;
  }
  // Keep Debian from creating and starting a cluster of its own when the
  // PostgreSQL package installs: the tests need none.
  const noCluster = missing.some((name) => name.startsWith("postgresql"));
  if (process.getuid?.() !== 0) {
    const steps = [
      ...(noCluster
        ? [
            `mkdir -p ${NO_CLUSTER_DIR}`,
            `echo 'create_main_cluster = false' > ${NO_CLUSTER}`,
          ]
        : []),
      "apt-get update",
      `apt-get install -y ${missing.join(" ")}`,
    ];
    console.error(
      `Missing system packages: ${missing.join(", ")}. Run this once, then run this command again:\n` +
        `  sudo sh -c "${steps.join(" && ")}"`
    );
    process.exit(1);
  }
  console.log(`Installing ${missing.join(", ")} (apt-get)...`);
  if (noCluster) {
    mkdirSync(NO_CLUSTER_DIR, { recursive: true });
    writeFileSync(NO_CLUSTER, "create_main_cluster = false\n");
  }
  const apt = {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  };
  execFileSync("apt-get", ["update", "-qq"], apt);
  execFileSync("apt-get", ["install", "-y", "-qq", ...missing], apt);
}

// pnpm, as Discourse and its plugins use: installed from the npm registry
// as root, otherwise run through `npm exec` without installing it.
function pnpm(root, env, args) {
  if (!onPath("pnpm") && process.getuid?.() === 0) {
    console.log(`Installing ${PNPM} (npm install -g)...`);
    execFileSync("npm", ["install", "-g", "--silent", PNPM], {
      stdio: "inherit",
    });
  }
  const [command, prefix] = onPath("pnpm")
    ? ["pnpm", []]
    : ["npm", ["exec", "--yes", `--package=${PNPM}`, "--", "pnpm"]];
  execFileSync(command, [...prefix, ...args], {
    cwd: root,
    stdio: "inherit",
    env,
  });
}

// The Node packages, when node_modules is missing or older than the lockfile.
export function installPackagesIfStale(root, env = process.env) {
  const marker = join(root, "node_modules/.modules.yaml");
  const stale =
    !existsSync(marker) ||
    statSync(join(root, "pnpm-lock.yaml")).mtimeMs > statSync(marker).mtimeMs;
  if (stale) {
    console.log("Installing packages (pnpm install --frozen-lockfile)...");
    pnpm(root, env, ["install", "--frozen-lockfile"]);
  }
}

// The gems, as Gemfile.lock pins them, under env.BUNDLE_PATH.
function installGemsIfStale(env) {
  if (spawnSync("bundle", ["check"], { env, stdio: "ignore" }).status === 0) {
    return;
  }
  console.log("Installing gems (bundle install)...");
  const installed = spawnSync("bundle", ["install", "--jobs", "4", "--quiet"], {
    env,
    stdio: "inherit",
  });
  if (installed.status !== 0) {
    console.error(
      "bundle install failed: the Ruby tests and linters cannot run."
    );
    process.exit(1);
  }
}

export function setUp(root, env, { system = [], gems = false } = {}) {
  installSystemPackages(system);
  installPackagesIfStale(root, env);
  if (gems) {
    installGemsIfStale(env);
  }
}
