#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kunren {

enum class FrameLanguage { Java, Python, Node, Go, Unknown };

// One stack frame reduced to what grouping uses: line numbers change with every release, so they
// are dropped; the file and the function stay.
struct StackFrame
{
    std::string file;     // Foo.java, /app/x/handlers.py, /app/x/src/handler.js, /src/x/file.go
    std::string function; // com.kunren.x.Foo.bar, handle, pkg.Func
    FrameLanguage language = FrameLanguage::Unknown;
    bool inApp = true; // false for runtime, standard library and framework frames
};

// Parses a stack trace as Java ("\tat a.B.c(B.java:1)" or without "at"), Python ("File \"f\", line 1,
// in fn"), Node ("at fn (/f.js:1:2)" or "at /f.js:1:2") and Go ("pkg.Fn\n\t/f.go:1 +0x1f") write them;
// languages may mix line by line. Lines that are none of these (messages, "Caused by:") are skipped.
std::vector<StackFrame> parseStack(std::string_view stack);

// The first `limit` in-app frames, innermost first as the stack lists them.
std::vector<StackFrame> topInAppFrames(std::string_view stack, std::size_t limit);

} // namespace kunren
