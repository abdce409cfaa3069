// Installs the npm packages with pnpm when node_modules is missing or older
// than pnpm-lock.yaml. Shared by bin/test and bin/screenshots.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { join } from "node:path";

export function installPackagesIfStale(root, env = process.env) {
  const marker = join(root, "node_modules/.modules.yaml");
  const stale =
    !existsSync(marker) ||
    statSync(join(root, "pnpm-lock.yaml")).mtimeMs > statSync(marker).mtimeMs;
  if (!stale) {
    return;
  }
  if (spawnSync("sh", ["-c", "command -v pnpm"]).status !== 0) {
    // Root (as on CI machines) has no sudo, and needs none.
    const sudo = process.getuid?.() === 0 ? "" : "sudo ";
    console.error(`pnpm is missing. Install it with:\n  ${sudo}npm install -g pnpm@10`);
    process.exit(1);
  }
  console.log("Installing packages (pnpm install --frozen-lockfile)...");
  execFileSync("pnpm", ["install", "--frozen-lockfile"], { cwd: root, stdio: "inherit", env });
}
