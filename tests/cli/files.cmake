# CLI tests: tests/cli/run.sh runs the real claimcheck binary. "contract" checks exit
# codes, one record out per record in, errors that name the place, broken pipes and
# untouched inputs; "inputs" checks streams and folder walks (-j, filters, links,
# unreadable files, --passthrough, huge lines, flushing, progress, GNU parallel);
# "expected" compares outputs with the reviewed files listed in tests/cli/cases.
find_program(CCK_BASH bash REQUIRED)
foreach(mode contract inputs expected)
  add_test(NAME cli_${mode}
    COMMAND ${CCK_BASH} ${CMAKE_CURRENT_SOURCE_DIR}/cli/run.sh ${mode} $<TARGET_FILE:claimcheck>
            ${PROJECT_SOURCE_DIR} ${CMAKE_CURRENT_BINARY_DIR}/cli-${mode})
  set_tests_properties(cli_${mode} PROPERTIES LABELS cli TIMEOUT 300)
endforeach()

# The README's examples, run with the real binary: its transcript must be printed
# exactly, and its shortened JSON, SARIF and CSV samples must be pieces of the real
# output (tests/cli/readme.py), so the README cannot drift from what claimcheck prints.
find_program(CCK_PYTHON3 python3)
if(CCK_PYTHON3)
  add_test(NAME cli_readme
    COMMAND ${CCK_PYTHON3} ${CMAKE_CURRENT_SOURCE_DIR}/cli/readme.py $<TARGET_FILE:claimcheck>
            ${PROJECT_SOURCE_DIR}/README.md ${CMAKE_CURRENT_BINARY_DIR}/cli-readme)
  set_tests_properties(cli_readme PROPERTIES LABELS cli TIMEOUT 120)
endif()
