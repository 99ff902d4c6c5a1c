// Test-only preload (`node --import ./tests/reliability/helpers/foreign-pid.mjs …`): the process
// reports FOREIGN_PID as its PID. Two bots started this way on one machine see each other the way
// two containers with the same hostname do: each one's PID does not exist for the other (or is
// someone else's). Never part of the bot itself.
const fake = Number(process.env.FOREIGN_PID);
if (Number.isSafeInteger(fake) && fake > 0) Object.defineProperty(process, 'pid', { value: fake, configurable: true });
