# Drills: the action log, mechanism taxonomy, replay, scoring, retrospective.
target_sources(kunren_${KUNREN_LAYER} PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/DrillAction.h
    ${CMAKE_CURRENT_LIST_DIR}/DrillAction.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ActionLogJson.h
    ${CMAKE_CURRENT_LIST_DIR}/ActionLogJson.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Mechanism.h
    ${CMAKE_CURRENT_LIST_DIR}/Mechanism.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TopologyNeighbours.h
    ${CMAKE_CURRENT_LIST_DIR}/TopologyNeighbours.cpp
    ${CMAKE_CURRENT_LIST_DIR}/InvestigationPath.h
    ${CMAKE_CURRENT_LIST_DIR}/InvestigationPath.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DrillReplay.h
    ${CMAKE_CURRENT_LIST_DIR}/DrillReplay.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DrillPace.h
    ${CMAKE_CURRENT_LIST_DIR}/DrillPace.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DrillScore.h
    ${CMAKE_CURRENT_LIST_DIR}/DrillScore.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DrillTimeline.h
    ${CMAKE_CURRENT_LIST_DIR}/DrillTimeline.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Retrospective.h
    ${CMAKE_CURRENT_LIST_DIR}/Retrospective.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ActionSink.h
    ${CMAKE_CURRENT_LIST_DIR}/DrillRecorder.h
    ${CMAKE_CURRENT_LIST_DIR}/DrillRecorder.cpp)
