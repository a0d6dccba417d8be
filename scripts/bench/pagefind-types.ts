// The part of Pagefind's Node API the benchmarks use, typed here because the package is installed at run time.
interface PagefindIndex {
  addDirectory(options: { path: string }): Promise<{ errors: string[]; page_count: number }>;
  writeFiles(options: { outputPath: string }): Promise<{ errors: string[] }>;
}

export declare function createIndex(options: object): Promise<{ errors: string[]; index?: PagefindIndex }>;
export declare function close(): Promise<void>;
