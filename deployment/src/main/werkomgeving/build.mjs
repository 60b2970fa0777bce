// Build step of the web work environment (ADR 0011), run by Maven (exec-maven-plugin) with the
// system Node: installs the pinned npm packages into <target>/werkomgeving-npm and copies the NL
// Design System CSS and the house-style token sets into <target>/werkomgeving-web, which the WAR
// plugin adds under /werkomgeving/. No bundler: the client itself is plain JS modules in
// src/main/webapp/werkomgeving.
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const source = dirname(fileURLToPath(import.meta.url));
const target = process.argv[2];
if (!target) throw new Error("usage: node build.mjs <maven target directory>");
const npmHome = join(target, "werkomgeving-npm");
const web = join(target, "werkomgeving-web", "werkomgeving");

// npm ci only when the lock file changed since the last install (keeps repeated builds fast).
mkdirSync(npmHome, { recursive: true });
const lock = readFileSync(join(source, "package-lock.json"), "utf8");
const installedLock = join(npmHome, "node_modules", ".redzaam-lock.json");
if (!existsSync(installedLock) || readFileSync(installedLock, "utf8") !== lock) {
  copyFileSync(join(source, "package.json"), join(npmHome, "package.json"));
  writeFileSync(join(npmHome, "package-lock.json"), lock);
  const npm = spawnSync(
    "npm",
    ["ci", "--prefer-offline", "--no-audit", "--no-fund", "--ignore-scripts"],
    { cwd: npmHome, stdio: "inherit" },
  );
  if (npm.error) {
    throw new Error(`cannot run npm (${npm.error.message}): install Node.js 20 and npm`);
  }
  if (npm.status !== 0) throw new Error(`npm ci failed with exit code ${npm.status}`);
  writeFileSync(installedLock, lock);
}

const modules = join(npmHome, "node_modules");
mkdirSync(join(web, "vendor"), { recursive: true });
mkdirSync(join(web, "huisstijl"), { recursive: true });
copyFileSync(
  join(modules, "@utrecht/component-library-css/dist/index.css"),
  join(web, "vendor", "utrecht-components.css"),
);

// Each house style is one NL Design System token set; its theme class is renamed to the one class
// the pages use, so that switching the style is only a matter of which file is served.
const houseStyles = {
  voorbeeldstad: ["@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css", ".voorbeeld-theme"],
  utrecht: ["@utrecht/design-tokens/dist/theme.css", ".utrecht-theme"],
};
for (const [name, [file, themeClass]] of Object.entries(houseStyles)) {
  const css = readFileSync(join(modules, file), "utf8");
  if (!css.includes(themeClass)) throw new Error(`${file} has no ${themeClass}`);
  writeFileSync(
    join(web, "huisstijl", `${name}.css`),
    `/* House style "${name}" from ${file.split("/dist/")[0]}, theme class renamed. */\n` +
      css.replaceAll(themeClass, ".redzaam-theme"),
  );
}
// The fonts the token sets name (Noto Sans, Noto Serif; Utrecht's "Noto Sans Variable" gets the
// same files), served from the WAR itself: the CSP allows no font from elsewhere. Latin only.
mkdirSync(join(web, "vendor", "fonts"), { recursive: true });
const fonts = [
  ["Noto Sans", "noto-sans"],
  ["Noto Sans Variable", "noto-sans"],
  ["Noto Serif", "noto-serif"],
];
const faces = [];
for (const [family, name] of fonts) {
  for (const weight of [400, 700]) {
    const file = `${name}-latin-${weight}-normal.woff2`;
    copyFileSync(join(modules, "@fontsource", name, "files", file), join(web, "vendor", "fonts", file));
    faces.push(
      `@font-face { font-family: "${family}"; font-style: normal; font-weight: ${weight}; font-display: swap; src: url("fonts/${file}") format("woff2"); }`,
    );
  }
}
writeFileSync(join(web, "vendor", "fonts.css"), `/* Noto fonts from @fontsource (SIL Open Font License). */\n${faces.join("\n")}\n`);
console.log(`werkomgeving: NL Design System CSS, house styles and fonts written to ${web}`);

// What the WAR carries from npm (the packages above and what they pull in, not the build and test
// tools), as a CycloneDX SBOM beside the one Maven writes for the jars.
const sbomFile = join(target, "redzaam-web-sbom.json");
const sbom = spawnSync(
  process.execPath,
  [
    join(modules, "@cyclonedx/cyclonedx-npm/bin/cyclonedx-npm-cli.js"),
    "--omit",
    "dev",
    "--output-format",
    "JSON",
    "--output-file",
    sbomFile,
    "package.json",
  ],
  { cwd: npmHome, stdio: "inherit" },
);
if (sbom.status !== 0) throw new Error(`cyclonedx-npm failed with exit code ${sbom.status}`);
console.log(`werkomgeving: SBOM of the npm packages written to ${sbomFile}`);
