#pragma once

namespace closeloop {

// How this process asks the system for memory; call first thing in main(),
// before anything is allocated in earnest. The GUI, the CLI and the
// benchmarks that stand for them all call it, so what is measured is what
// runs.
void setMemoryPolicy();

// The same for the heap of the calling thread, for a thread that reads tens
// of thousands of rows.
void backThreadHeapWithHugePages();

} // namespace closeloop
