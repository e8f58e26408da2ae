// Fuzzes the action-log reader (kunren-cli score and import read logs from anywhere): any input must give
// actions or diagnostics that name a line and column inside the text, never a crash; a log that reads
// without a diagnostic must read back the same from its own JSONL.
#include "drill/ActionLogJson.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const kunren::ActionLogRead read = kunren::parseActionLog(text, "fuzz.jsonl");
    const int lines = static_cast<int>(std::count(text.begin(), text.end(), '\n')) + 1;
    for (const kunren::Diagnostic& d : read.diagnostics)
        if (d.message.empty() || d.line < 1 || d.line > lines || d.column < 1)
            std::abort();
    if (read.ok()) {
        const std::string again = kunren::actionLogToJsonl(read.actions);
        const kunren::ActionLogRead reread = kunren::parseActionLog(again, "again.jsonl");
        if (!reread.ok() || kunren::actionLogToJsonl(reread.actions) != again)
            std::abort();
    }
    return 0;
}
