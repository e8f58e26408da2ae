#include "errors/StackFrames.h"

#include <array>

namespace kunren {

namespace {

std::string_view trim(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}

bool startsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }
bool contains(std::string_view s, std::string_view p) { return s.find(p) != std::string_view::npos; }

template <std::size_t N> bool startsWithAny(std::string_view s, const std::array<std::string_view, N>& prefixes)
{
    for (std::string_view p : prefixes)
        if (startsWith(s, p))
            return true;
    return false;
}

// Strips ":line" and ":line:column" suffixes.
std::string_view withoutLine(std::string_view file)
{
    for (int k = 0; k < 2; ++k) {
        const auto colon = file.rfind(':');
        if (colon == std::string_view::npos || colon + 1 >= file.size())
            break;
        bool digits = true;
        for (char c : file.substr(colon + 1))
            digits = digits && c >= '0' && c <= '9';
        if (!digits)
            break;
        file = file.substr(0, colon);
    }
    return file;
}

bool javaFramework(std::string_view function)
{
    static constexpr std::array<std::string_view, 16> kPrefixes = {"java.",
                                                                   "javax.",
                                                                   "jdk.",
                                                                   "sun.",
                                                                   "com.sun.",
                                                                   "kotlin.",
                                                                   "kotlinx.",
                                                                   "scala.",
                                                                   "org.springframework.",
                                                                   "org.apache.",
                                                                   "io.netty.",
                                                                   "org.hibernate.",
                                                                   "com.zaxxer.",
                                                                   "io.lettuce.",
                                                                   "reactor.",
                                                                   "org.eclipse.jetty."};
    return startsWithAny(function, kPrefixes);
}

bool pythonFramework(std::string_view file)
{
    return contains(file, "site-packages") || contains(file, "dist-packages") || contains(file, "/lib/python") ||
           startsWith(file, "<");
}

bool nodeFramework(std::string_view file)
{
    return contains(file, "node_modules") || startsWith(file, "node:") || startsWith(file, "internal/") || file.empty();
}

bool goFramework(std::string_view function, std::string_view file)
{
    static constexpr std::array<std::string_view, 10> kPrefixes = {"runtime.",
                                                                   "net/http.",
                                                                   "net.",
                                                                   "database/sql.",
                                                                   "reflect.",
                                                                   "sync.",
                                                                   "google.golang.org/",
                                                                   "github.com/gin-gonic/",
                                                                   "github.com/labstack/",
                                                                   "golang.org/x/"};
    return startsWithAny(function, kPrefixes) || contains(file, "/go/pkg/mod/") || contains(file, "/usr/local/go/");
}

// "com.kunren.x.Foo.bar(Foo.java:88)", optionally after "at ".
bool parseJava(std::string_view line, StackFrame& f)
{
    if (startsWith(line, "at "))
        line = trim(line.substr(3));
    const auto open = line.find('(');
    if (open == std::string_view::npos || open == 0 || line.back() != ')')
        return false;
    const std::string_view function = line.substr(0, open);
    const std::string_view file = withoutLine(line.substr(open + 1, line.size() - open - 2));
    if (function.find(' ') != std::string_view::npos ||
        !(contains(file, ".java") || contains(file, ".kt") || contains(file, ".scala") || file == "Native Method" ||
          file == "Unknown Source"))
        return false;
    f = {std::string(file), std::string(function), FrameLanguage::Java, !javaFramework(function)};
    return true;
}

// File "/app/x/handlers.py", line 57, in handle
bool parsePython(std::string_view line, StackFrame& f)
{
    if (!startsWith(line, "File \""))
        return false;
    const auto close = line.find('"', 6);
    const auto in = line.rfind(", in ");
    if (close == std::string_view::npos || in == std::string_view::npos || in < close)
        return false;
    const std::string_view file = line.substr(6, close - 6);
    f = {std::string(file), std::string(trim(line.substr(in + 5))), FrameLanguage::Python, !pythonFramework(file)};
    return true;
}

// at handle (/app/x/src/handler.js:42:17) | at /app/x/src/handler.js:42:17 | at async handle (…)
bool parseNode(std::string_view line, StackFrame& f)
{
    if (!startsWith(line, "at "))
        return false;
    line = trim(line.substr(3));
    if (startsWith(line, "async "))
        line = line.substr(6);
    std::string_view function, file;
    const auto open = line.rfind(" (");
    if (open != std::string_view::npos && line.back() == ')') {
        function = line.substr(0, open);
        file = line.substr(open + 2, line.size() - open - 3);
    } else
        file = line;
    file = withoutLine(file);
    if (!(contains(file, ".js") || contains(file, ".ts") || contains(file, ".mjs") || contains(file, ".cjs") ||
          startsWith(file, "node:")))
        return false;
    f = {std::string(file), std::string(function.empty() ? "<anonymous>" : function), FrameLanguage::Node,
         !nodeFramework(file)};
    return true;
}

// "pkg.Func" followed by "\t/src/x/file.go:88 +0x1d".
bool parseGoFile(std::string_view line, std::string_view function, StackFrame& f)
{
    if (line.empty() || line.front() != '/')
        return false;
    const auto space = line.find(' ');
    const std::string_view file = withoutLine(line.substr(0, space));
    if (!file.ends_with(".go"))
        return false;
    f = {std::string(file), std::string(function), FrameLanguage::Go, !goFramework(function, file)};
    return true;
}

} // namespace

std::vector<StackFrame> parseStack(std::string_view stack)
{
    std::vector<StackFrame> frames;
    std::string_view previous; // a Go function line waits for its file line
    while (!stack.empty()) {
        const auto nl = stack.find('\n');
        const std::string_view raw = stack.substr(0, nl);
        stack = nl == std::string_view::npos ? std::string_view{} : stack.substr(nl + 1);
        const std::string_view line = trim(raw);
        if (line.empty())
            continue;
        StackFrame f;
        if (!previous.empty() && parseGoFile(line, previous, f)) {
            frames.push_back(std::move(f));
            previous = {};
            continue;
        }
        previous = {};
        if (parsePython(line, f) || parseJava(line, f) || parseNode(line, f)) {
            frames.push_back(std::move(f));
            continue;
        }
        // A Go function line ("pkg.Func" or "main.(*T).m(0x1, 0x2)"), confirmed by the file line after it.
        std::string_view function = line;
        if (function.back() == ')' && function.rfind('(') != std::string_view::npos)
            function = function.substr(0, function.rfind('('));
        if (!function.empty() && function.find(' ') == std::string_view::npos &&
            function.find('.') != std::string_view::npos)
            previous = function;
    }
    return frames;
}

std::vector<StackFrame> topInAppFrames(std::string_view stack, std::size_t limit)
{
    std::vector<StackFrame> all = parseStack(stack);
    std::vector<StackFrame> top;
    for (StackFrame& f : all) {
        if (top.size() >= limit)
            break;
        if (f.inApp)
            top.push_back(std::move(f));
    }
    return top;
}

} // namespace kunren
