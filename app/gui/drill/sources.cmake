# What a trainee uses around a drill: profile, hints, hypothesis, mitigations, score, retrospective.
target_sources(kunren_gui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/DrillLabels.h ${CMAKE_CURRENT_LIST_DIR}/DrillLabels.cpp
    ${CMAKE_CURRENT_LIST_DIR}/HintsDialog.h ${CMAKE_CURRENT_LIST_DIR}/HintsDialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/HypothesisDialog.h ${CMAKE_CURRENT_LIST_DIR}/HypothesisDialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MitigationDialog.h ${CMAKE_CURRENT_LIST_DIR}/MitigationDialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/RetroWording.h ${CMAKE_CURRENT_LIST_DIR}/RetroWording.cpp
    ${CMAKE_CURRENT_LIST_DIR}/RetrospectiveDialog.h ${CMAKE_CURRENT_LIST_DIR}/RetrospectiveDialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ScorePage.h ${CMAKE_CURRENT_LIST_DIR}/ScorePage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TraineeProfile.h ${CMAKE_CURRENT_LIST_DIR}/TraineeProfile.cpp)
