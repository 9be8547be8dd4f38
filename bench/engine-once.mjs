// One analysis of a project, for timing from outside (bench/measure-engine.sh): builds the Program
// with ts-morph, runs the engine, prints the flow count and the split of the time.
import { analyzeProject } from '../dist/src/engine/project.js';
import { loadManifest } from '../dist/src/manifest/load.js';

const [tsconfig, manifest] = process.argv.slice(2);
const r = analyzeProject(tsconfig, loadManifest(manifest).data);
console.log(JSON.stringify({ flows: r.model.flows.length, files: r.model.files.length, programMs: Math.round(r.timings.programMs), analysisMs: Math.round(r.timings.analysisMs) }));
