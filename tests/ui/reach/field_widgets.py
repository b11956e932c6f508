"""Where in the window each person-entered field of the exchange format is set.

Keys are "<$defs name>.<field>" of docs/exchange.schema.json. A value is "<window>:<objectName>" or
"<window>:.<attribute path>" (for dialogs whose fields have no object name); the test opens that window
in the real main window, finds the widget and checks that it takes input. Every field of the schema is
in exactly one of WIDGETS and PROGRAM_SET, so a new field forces a decision.
"""

from __future__ import annotations

WIDGETS: dict[str, str] = {
    # the case and the parent (Endre saken …), closing and reopening
    "cases.unit": "case:case_unit",
    "cases.responsible": "case:case_responsible",
    "cases.status": "caseView:closeCaseButton",
    "cases.treatment_phase": "case:case_phase",
    "cases.parent_name": "case:case_name",
    "cases.parent_identity": "case:case_identity",
    "cases.parent_birth_date": "case:case_born",
    "cases.parent_address": "case:case_address",
    "cases.parent_phone": "case:case_phone",
    "cases.parent_language": "case:case_language",
    "cases.parent_interpreter": "case:case_interpreter",
    "cases.gate_answer": "case:case_gate",
    "cases.gate_siblings": "case:case_siblings",
    "cases.gate_on": "case:case_gateOn",
    "cases.closed_on": "closeCase:case_closedOn",
    "cases.transferred_on": "transfer:transfer_on",
    "cases.transfer_reference": "transfer:transfer_reference",
    "cases.categories": "case:case_categories",
    # children (Legg til barn … / Endre barnet …)
    "children.name": "child:child_name",
    "children.identity_number": "child:child_identity",
    "children.birth_date": "child:child_born",
    "children.unborn": "child:child_unborn",
    "children.due_date": "child:child_due",
    "children.relation": "child:child_relation",
    "children.parental_responsibility": "child:child_responsibility",
    "children.residence": "child:child_residence",
    "children.daily_carer": "child:child_carer",
    "children.other_parent": "child:child_otherParent",
    "children.school": "child:child_school",
    "children.services": "child:child_services",
    # the Barnearket conversation
    "sheets.held_on": "sheetDetails:sheet_heldOn",
    "sheets.participants": "sheetDetails:sheet_participants",
    "sheets.quick_notes": "sheet:sheetNotes",
    "sheets.status": "sheet:primaryButton",
    "sheet_answers.child": "sheet:question_child_experience",
    "sheet_answers.value": "sheet:question_lives_where",
    # concerns, step 1 and 7
    "concerns.child": "concern:question_child_id",
    "concerns.arose_on": "concern:question_arose_on",
    "concerns.description": "concern:question_first_description",
    "concerns.level": "concern:question_child_level",
    "concerns.parent_level": "concern:question_parent_level",
    "concerns.status": "concern:question_closing_reason",
    "concerns.categories": "concern:question_categories",
    "level_changes.level": "concern:question_child_level",
    "level_changes.note": "concern:question_child_level",
    "concern_events.occurred_on": "concern:question_closed_on",
    "concern_events.reason": "concern:question_reopen_reason",
    # steps 2-6 (added in the page's form, corrected with "Rett valgt …")
    "observations.observed_on": "concern:question_observed_on",
    "observations.text": "concern:question_observation",
    "observations.worried_since": "concern:question_worried_since",
    "observations.earlier_concerns": "concern:question_earlier_concerns",
    "consultations.held_on": "concern:question_consulted_on",
    "consultations.with_whom": "concern:question_consulted_with",
    "consultations.anonymous": "concern:question_anonymous",
    "consultations.counterpart": "concern:question_counterpart",
    "consultations.summary": "concern:question_summary",
    "parent_conversations.held_on": "concern:question_conversation_on",
    "parent_conversations.participants": "concern:question_participants",
    "parent_conversations.shared": "concern:question_shared",
    "parent_conversations.response": "concern:question_response",
    "parent_conversations.agreed": "concern:question_agreed",
    "parent_conversations.held": "concern:question_held",
    "parent_conversations.not_held_reason": "concern:question_not_held_reason",
    "decisions.decided_on": "concern:question_decided_on",
    "decisions.outcome": "concern:question_outcome",
    "decisions.anchored_with": "concern:question_anchored_with",
    "decisions.note": "concern:question_decision_note",
    "decisions.recipients": "concern:question_recipients",
    "actions.measure": "concern:question_action",
    "actions.responsible": "concern:question_responsible",
    "actions.service_id": "actionCorrection:action_service",
    "actions.deadline": "concern:question_deadline",
    "actions.evaluate_on": "concern:question_evaluate_on",
    "actions.status": "concern:question_action_status",
    "evaluations.evaluated_on": "concern:question_evaluated_on",
    "evaluations.text": "concern:question_evaluation",
    # consents (the «Samtykke» tab of the concern; withdrawal in its own dialog)
    "consents.child": "concern:question_consent_child",
    "consents.given_by": "concern:question_given_by",
    "consents.answer": "concern:question_answer",
    "consents.purpose": "concern:question_purpose",
    "consents.form": "concern:question_form",
    "consents.given_on": "concern:question_given_on",
    "consents.expires_on": "concern:question_expires_on",
    "consents.note": "concern:question_note",
    "consents.recipients": "concern:question_recipients",
    "consents.withdrawn_on": "withdraw:.date_edit",
    # reports of concern (the report editor), sending and feedback
    "reports.recipient": "report:.recipient",
    "reports.status": "report:.complete_button",
    "reports.version": "sentReport:.tracking.correct_button",
    "reports.municipality_number": "report:.place.number",
    "reports.municipality_name": "report:.place.name",
    "reports.district_number": "report:.place.district_number",
    "reports.district_name": "report:.place.district",
    "reports.child_told": "report:.child_box.answer",
    "reports.child_not_told_why": "report:.child_box.why",
    "reports.parents_told": "report:.parents_box.answer",
    "reports.parents_not_told_why": "report:.parents_box.why",
    "reports.interpreter_needed": "report:.interpreter",
    "reports.interpreter_language": "report:.language",
    "reports.sections": "report:.sections",
    "reports.sent_on": "report:.tracking.sent_on",
    "reports.channel": "report:.tracking.channel",
    "reports.portal_reference": "report:.tracking.reference",
    "reports.feedback_on": "sentReport:.tracking.feedback_on",
    # a unit made while creating the first case
    "unit.name": "newCase:newUnitName",
    "unit.service": "newCase:newUnitService",
    # people (Administrasjon → Brukere; «Min profil», or «Profil …» in the users dialog)
    "user.login": "addUser:.login",
    "user.full_name": "addUser:.full_name",
    "user.role": "addUser:.role",
    "user.job_title": "profile:.title",
    "user.phone": "profile:.phone",
    "user.email": "profile:.email",
}
"""Field → the widget that sets it. level_changes.note is the reason asked for when the level is
raised to the highest (test_edit_bugs covers the prompt); the plain choice writes an empty note."""

PROGRAM_SET: dict[str, str] = {
    "cases.number": "løpenummer per år",
    "cases.gate_by": "den som lagrer svaret",
    "cases.closed_by": "den som avslutter",
    "cases.transferred_by": "den som merker saken som overført til journal",
    "cases.created_at": "tidspunkt", "cases.created_by": "den innloggede",
    "cases.updated_at": "tidspunkt",
    "cases.children": "liste", "cases.sheets": "liste", "cases.concerns": "liste", "cases.consents": "liste",
    "children.ref": "nummer i dokumentet",
    "sheets.version": "neste versjon", "sheets.form_id": "skjemaet som er i bruk",
    "sheets.form_version": "skjemaet som er i bruk", "sheets.based_on": "forrige versjon",
    "sheets.created_at": "tidspunkt", "sheets.created_by": "den innloggede",
    "sheets.completed_at": "tidspunkt", "sheets.completed_by": "den som fullfører",
    "sheets.answers": "liste",
    "sheet_answers.form_id": "skjemaet", "sheet_answers.form_version": "skjemaet",
    "sheet_answers.question_id": "spørsmålet som besvares", "sheet_answers.updated_at": "tidspunkt",
    "sheet_answers.updated_by": "den innloggede",
    "concerns.step": "utledes av stegene", "concerns.decision_due": "fristen fra forms/frister",
    "concerns.decided_on": "fra beslutningen", "concerns.next_follow_up": "fra tiltakene",
    "concerns.created_at": "tidspunkt", "concerns.created_by": "den innloggede",
    "concerns.level_changes": "liste", "concerns.observations": "liste", "concerns.consultations": "liste",
    "concerns.parent_conversations": "liste", "concerns.decisions": "liste", "concerns.actions": "liste",
    "concerns.reports": "liste", "concerns.events": "liste",
    "level_changes.scale": "skalaen spørsmålet hører til", "level_changes.at": "tidspunkt",
    "level_changes.by": "den innloggede",
    "observations.by": "den innloggede", "observations.created_at": "tidspunkt",
    "consultations.by": "den innloggede", "consultations.created_at": "tidspunkt",
    "parent_conversations.by": "den innloggede", "parent_conversations.created_at": "tidspunkt",
    "decisions.by": "den innloggede", "decisions.created_at": "tidspunkt",
    "actions.created_at": "tidspunkt", "actions.created_by": "den innloggede", "actions.evaluations": "liste",
    "evaluations.by": "den innloggede", "evaluations.created_at": "tidspunkt",
    "concern_events.kind": "avslutt- eller gjenåpne-skjemaet", "concern_events.by": "den innloggede",
    "concern_events.at": "tidspunkt",
    "unit.key": "nøkkel i dokumentet",
    "unit.active": "en ny enhet er aktiv; programmet legger ikke ned enheter",
    "consents.created_at": "tidspunkt", "consents.created_by": "den innloggede",
    "reports.series": "neste nummer for en ny melding", "reports.feedback_due": "regnes fra sendt dato",
    "reports.created_at": "tidspunkt", "reports.created_by": "den innloggede",
    "reports.completed_at": "tidspunkt", "reports.completed_by": "den som gjør meldingen ferdig",
}
"""Fields the program sets, with why (no person types them)."""

ENABLED_BY: dict[str, str] = {"children.due_date": "child_unborn"}
"""Fields whose widget takes input once another choice is made (the due date once «Ufødt» is ticked)."""

# The pregnancy path (Sak → Svangerskap) and information or follow-up recorded as given
# (Praksis → Teamleders oversikt), issue 20.
WIDGETS.update({
    "pregnancies.screening_tool": "pregnancy:pregnancy_tool",
    "pregnancies.screened_on": "pregnancy:pregnancy_screenedOn",
    "pregnancies.screening_result": "pregnancy:pregnancy_result",
    "pregnancies.plan_made_on": "pregnancy:pregnancy_planMadeOn",
    "pregnancies.plan_text": "pregnancy:pregnancy_planText",
    "responsibility_members.role": "pregnancy:pregnancy_memberRole",
    "responsibility_members.service": "pregnancy:pregnancy_memberService",
    "responsibility_members.name": "pregnancy:pregnancy_memberName",
    "plan_deliveries.child": "teamLeader:teamLeader_planned",
    "plan_deliveries.kind": "teamLeader:teamLeader_planned",
    "plan_deliveries.given_on": "teamLeader:teamLeader_givenOn",
    "plan_deliveries.given_by": "teamLeader:teamLeader_givenBy",
})
PROGRAM_SET.update({
    "children.pregnancy": "liste", "children.responsibility_group": "liste", "sheets.given": "liste",
    "plan_deliveries.created_at": "tidspunkt",
})
PROGRAM_SET.update({  # answers to questions a municipality adds to a step: their widgets are built from its
    # own form (tests/ui/test_municipality_override.py types into them); the shipped forms add none
    f"{table}.form_answers": "kommunens egne spørsmål"
    for table in ("observations", "consultations", "parent_conversations", "decisions")
})
