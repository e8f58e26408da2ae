#pragma once

#include <string>
#include <vector>

namespace kunren::cli {

// Exit codes shared by all commands.
constexpr int kExitOk = 0;
constexpr int kExitInvalid = 1; // the input was read but is invalid (or a check failed)
constexpr int kExitUsage = 2;   // bad usage or an I/O error
constexpr int kExitFailed = 3;  // the engine stopped with an error (a full store, a broken database)

int listCommand(const std::vector<std::string>& args);
int validateCommand(const std::vector<std::string>& args);
int runCommand(const std::vector<std::string>& args);
int errorsCommand(const std::vector<std::string>& args);
int traceCommand(const std::vector<std::string>& args);
int mapCommand(const std::vector<std::string>& args);
int queryCommand(const std::vector<std::string>& args);
int scoreCommand(const std::vector<std::string>& args);
int importCommand(const std::vector<std::string>& args);
int historyCommand(const std::vector<std::string>& args);
int reportCommand(const std::vector<std::string>& args);
int retroCommand(const std::vector<std::string>& args);
int alertsCommand(const std::vector<std::string>& args);

} // namespace kunren::cli
