// Runs bench.ts on Node 24 directly (built-in type stripping), mapping the `.js` suffix of relative
// imports to the `.ts` sources, as the TypeScript sources are written for the bundler.
import { registerHooks } from 'node:module';

registerHooks({
  resolve(specifier, context, next) {
    try {
      return next(specifier, context);
    } catch (error) {
      if (specifier.startsWith('.') && specifier.endsWith('.js')) return next(specifier.slice(0, -3) + '.ts', context);
      throw error;
    }
  },
});
await import(process.argv[2] ?? './bench.ts');
