#pragma once

namespace closeloop {

// How this process asks the system for memory; call first thing in main(),
// before anything is allocated in earnest. The GUI, the CLI and the
// benchmarks that stand for them all call it, so what is measured is what
// runs.
void setMemoryPolicy();

// Asks for huge pages for the calling thread's own heap too, as
// setMemoryPolicy() does for the main one: for a thread that reads tens of
// thousands of rows into memory it has not touched before.
void backThreadHeapWithHugePages();

} // namespace closeloop
