// Test helper for tst_drillstore: writes one action after another into a drill database and prints the
// number of each once it is committed, until it is killed. Built only for the tests.
#include "store/DrillDatabase.h"

#include <chrono>
#include <cstdio>
#include <string>
#include <thread>

int main(int argc, char** argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: crash_writer DATABASE\n");
        return 2;
    }
    auto opened = kunren::DrillDatabase::open(argv[1]);
    if (!opened.db) {
        std::fprintf(stderr, "%s\n", opened.error.c_str());
        return 1;
    }
    auto& db = *opened.db;
    const auto drill = db.startDrill(db.addTrainee("crash"), "test-scenario", 7);
    for (long long i = 1;; ++i) {
        db.appendAction(drill, kunren::DrillAction::addNote(i * kunren::kSecond, std::to_string(i)));
        std::printf("%lld\n", i);
        std::fflush(stdout);
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
}
