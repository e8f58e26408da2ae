// Test helper for tst_drillstore: a second program using the drills database while a drill records, as
// `kunren-cli history --db` or the sqlite3 shell would. It opens the file, reads every drill and its
// actions, optionally writes (adds a trainee), and closes: the last close of a WAL database checkpoints
// and deletes the -wal and -shm files, unless it can see that another process still has it open.
#include "store/DrillDatabase.h"

#include <cstdio>
#include <cstring>

int main(int argc, char** argv)
{
    if (argc < 2 || argc > 3 || (argc == 3 && std::strcmp(argv[2], "--write") != 0)) {
        std::fprintf(stderr, "usage: db_visitor DATABASE [--write]\n");
        return 2;
    }
    auto opened = kunren::DrillDatabase::open(argv[1]);
    if (!opened.db) {
        std::fprintf(stderr, "%s\n", opened.error.c_str());
        return 1;
    }
    std::size_t actions = 0;
    for (const auto& d : opened.db->drills())
        actions += opened.db->actions(d.id).size();
    if (argc == 3)
        opened.db->addTrainee("visitor");
    std::printf("%zu\n", actions);
    return 0;
}
