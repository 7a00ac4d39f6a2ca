// Here so that svelte-check takes this folder as a Svelte app of its own, not the library's Vite config.
export default {};
