// Preloaded into a measured child process (node --import): prints the process's CPU time (user +
// system, every thread, ms) to stderr as it exits, as `CPU-AT-EXIT <ms>`.
process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  process.stderr.write(`CPU-AT-EXIT ${((user + system) / 1000).toFixed(1)}\n`);
});
