# Persistence: one SQLite file for trainees, drills, action logs, scores and retrospectives.
target_sources(kunren_${KUNREN_LAYER} PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/SqlStatement.h
    ${CMAKE_CURRENT_LIST_DIR}/SqlStatement.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Migrations.h
    ${CMAKE_CURRENT_LIST_DIR}/Migrations.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DrillDatabase.h
    ${CMAKE_CURRENT_LIST_DIR}/DrillDatabase.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DatabaseActionSink.h
    ${CMAKE_CURRENT_LIST_DIR}/DatabaseActionSink.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DrillHistory.h
    ${CMAKE_CURRENT_LIST_DIR}/DrillHistory.cpp)
target_link_libraries(kunren_store PUBLIC SQLite::SQLite3)
