# The trainee's side of a drill: recording, profile, resume, hints, hypothesis, mitigations, score, retrospective (issue 6).
target_sources(kunren_gui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/DrillDesk.h ${CMAKE_CURRENT_LIST_DIR}/DrillDesk.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DrillLabels.h ${CMAKE_CURRENT_LIST_DIR}/DrillLabels.cpp
    ${CMAKE_CURRENT_LIST_DIR}/HintsDialog.h ${CMAKE_CURRENT_LIST_DIR}/HintsDialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/HypothesisDialog.h ${CMAKE_CURRENT_LIST_DIR}/HypothesisDialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MitigationDialog.h ${CMAKE_CURRENT_LIST_DIR}/MitigationDialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/RetroWording.h ${CMAKE_CURRENT_LIST_DIR}/RetroWording.cpp
    ${CMAKE_CURRENT_LIST_DIR}/RetrospectiveDialog.h ${CMAKE_CURRENT_LIST_DIR}/RetrospectiveDialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ScorePage.h ${CMAKE_CURRENT_LIST_DIR}/ScorePage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TraineeProfile.h ${CMAKE_CURRENT_LIST_DIR}/TraineeProfile.cpp)
