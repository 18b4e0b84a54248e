-- Reference data: the 2024 super-complaint report "The police response to stalking" (HMICFRS, the IOPC
-- and the College of Policing, 27 September 2024) and its 29 recommendations, which every force's
-- action plan answers.
--
-- Texts, addressees and deadlines are taken from the five published plans in shared/seeds:
--  * recommendations 1-6, 8, 9, 15, 19, 21, 24, 26 and 29 appear only in Leicestershire Police's plan;
--    that plan numbers recommendations 22-29 one lower than the report (its Word list numbering
--    restarted: recommendation 22 is printed "3."), so its "22." is recommendation 23 here, and so on,
--    as the other four plans confirm;
--  * the sub-points (7.1, 7.2, ...) and their evidence requirements are those Northumbria and
--    Northamptonshire Police list; 16.1, 22.1, 27.1 and 28.1 are the recommendation as a whole and
--    have no text of their own;
--  * where the recommendation's lead text introduces its sub-points ("so it:", "including by:"), the
--    sub-points follow in sub_points, not in text;
--  * export artefacts are tidied (a space before a full stop, Word list numbers inside a list); the
--    text of recommendation 3 is cut off in the only plan that gives it ("framework for SPOs to.") and
--    is kept as published until the report itself is loaded.
-- Deadlines are the first date the text sets ("Before the end of 2024" is 31 December 2024); null
-- where the text sets none.

insert into source (id, title, publisher, published_on, url, created_at, created_by, updated_at, updated_by, version)
values ('5a1c0000-0000-4000-8000-000000000001', 'The police response to stalking',
        'HMICFRS, IOPC and College of Policing', date '2024-09-27', null,
        now(), 'reference-data', now(), 'reference-data', 0);

insert into recommendation (id, source_id, number, position, text, addressees, deadline, sub_points,
                            created_at, created_by, updated_at, updated_by, version)
values
    ('5a1c0000-0000-4000-8000-000000000101', '5a1c0000-0000-4000-8000-000000000001', '1', 1,
     $$Bring forward legislation in the 2024-2025 parliamentary session that would change the criminal law related to stalking so that it is easier for the police to understand and apply.$$,
     $$["Home Office"]$$, null,
     $$[]$$,
     now(), 'reference-data', now(), 'reference-data', 0),
    ('5a1c0000-0000-4000-8000-000000000102', '5a1c0000-0000-4000-8000-000000000001', '2', 2,
     $$By 27 March 2025, to work with the College of Policing, the NPCC lead for stalking and harassment and the National Stalking Consortium to update information on stalking or harassment in the Home Office crime recording rules for frontline officers and staff. Information on stalking within the rules should align with how stalking is described in the statutory guidance on the Stalking Protection Act for the police.$$,
     $$["Home Office"]$$, date '2025-03-27',
     $$[]$$,
     now(), 'reference-data', now(), 'reference-data', 0),
    ('5a1c0000-0000-4000-8000-000000000103', '5a1c0000-0000-4000-8000-000000000001', '3', 3,
     $$Bring forward legislation in the 2024-2025 parliamentary session that would change the legal framework for SPOs to.$$,
     $$["Home Office"]$$, null,
     $$[]$$,
     now(), 'reference-data', now(), 'reference-data', 0),
    ('5a1c0000-0000-4000-8000-000000000104', '5a1c0000-0000-4000-8000-000000000001', '4', 4,
     $$By 27 March 2025, work with the College of Policing and others across the criminal justice system to issue guidance that assists the police and criminal justice partners to select the most appropriate protective measure or combination of measures to pursue in stalking cases.$$,
     $$["Home Office"]$$, date '2025-03-27',
     $$[]$$,
     now(), 'reference-data', now(), 'reference-data', 0),
    ('5a1c0000-0000-4000-8000-000000000105', '5a1c0000-0000-4000-8000-000000000001', '5', 5,
     $$Before publishing the upcoming national standards for incident recording and assessment (NSIR&A), find the most appropriate way to include stalking in the NSIR&A, so that incidents potentially involving stalking are flagged as early as possible.$$,
     $$["Home Office"]$$, null,
     $$[]$$,
     now(), 'reference-data', now(), 'reference-data', 0),
    ('5a1c0000-0000-4000-8000-000000000106', '5a1c0000-0000-4000-8000-000000000001', '6', 6,
     $$By 27 March 2025, to review the impact of the principal crime rule on the identification and investigation of stalking. This should include an examination of whether risks associated with stalking may be being missed and implement any changes needed.$$,
     $$["Home Office"]$$, date '2025-03-27',
     $$[]$$,
     now(), 'reference-data', now(), 'reference-data', 0),
    ('5a1c0000-0000-4000-8000-000000000107', '5a1c0000-0000-4000-8000-000000000001', '7', 7,
     $$By 27 March 2025, where required, seek changes to their crime recording systems to enable staff and officers to document and search for crimes not recorded as the principal crime, as included classifications on crime records.$$,
     $$["Chief Constables"]$$, date '2025-03-27',
     $$[
        {"ref": "7.1", "text": "Processes should be put in place to make sure this system capability is effectively used by officers and staff."},
        {"ref": "7.2", "text": "While any necessary system changes are pending, chief constables should put alternative measures in place to make sure stalking and related offences are fully searchable. This could, for example, be the submission of intelligence reports."}]$$,
     now(), 'reference-data', now(), 'reference-data', 0),
    ('5a1c0000-0000-4000-8000-000000000108', '5a1c0000-0000-4000-8000-000000000001', '8', 8,
     $$From the next data release onwards, publish police recorded crime data so it shows section 2A and section 4A stalking crimes separately.$$,
     $$["Home Office"]$$, null,
     $$[]$$,
     now(), 'reference-data', now(), 'reference-data', 0),
    ('5a1c0000-0000-4000-8000-000000000109', '5a1c0000-0000-4000-8000-000000000001', '9', 9,
     $$Before the end of 2024, begin routinely publishing, within criminal courts statistics, data regarding the number of interim and full SPOs applied for, granted and breached.$$,
     $$["Ministry of Justice"]$$, date '2024-12-31',
     $$[]$$,
     now(), 'reference-data', now(), 'reference-data', 0),
    ('5a1c0000-0000-4000-8000-000000000110', '5a1c0000-0000-4000-8000-000000000001', '10', 10,
     $$By 27 March 2025, review and update their learning and training provision relating to stalking. Chief constables should also make sure that their policies and practice are reviewed and updated in accordance with the findings in the super-complaint investigation report.$$,
     $$["Chief Constables"]$$, date '2025-03-27',
     $$[
        {"ref": "10.1", "text": "Meets the learning outcomes on stalking within the public protection national policing curriculum."},
        {"ref": "10.2", "text": "Makes appropriate use of the stalking or harassment e-learning product developed by the College of Policing."},
        {"ref": "10.3", "text": "Uses the skills and knowledge of local victim advocates or others from outside policing with relevant expertise."},
        {"ref": "10.4", "text": "Includes information on relevant local policies and practice where necessary."},
        {"ref": "10.5", "text": "Is provided to the officers and staff who will most benefit from the learning."}]$$,
     now(), 'reference-data', now(), 'reference-data', 0),
    ('5a1c0000-0000-4000-8000-000000000111', '5a1c0000-0000-4000-8000-000000000001', '11', 11,
     $$By 27 March 2025, make sure that appropriate mechanisms are in place to fully understand the scale and types of stalking behaviour within their force and the effectiveness of their response. This should align with the VAWG national delivery framework. Mechanisms should include:$$,
     $$["Chief Constables"]$$, date '2025-03-27',
     $$[
        {"ref": "11.1", "text": "Problem profiles using police data and intelligence and other sources of information to ensure that the full extent of stalking is well understood. This could include information sharing with local victims' services and other public services, and national and local statistics."},
        {"ref": "11.2", "text": "Regular assurance work such as audits to better understand the force response and make improvements where appropriate, including monitoring the use of SPOs, investigation outcomes and the quality of investigations."},
        {"ref": "11.3", "text": "Ways to regularly receive feedback from victims, such as victim surveys."},
        {"ref": "11.4", "text": "Force management statements which reflect current and future demand from stalking."}]$$,
     now(), 'reference-data', now(), 'reference-data', 0),
    ('5a1c0000-0000-4000-8000-000000000112', '5a1c0000-0000-4000-8000-000000000001', '12', 12,
     $$By 27 March 2025, take steps to make sure that risk identification, assessment and management is effective in all stalking and breaches of orders cases, including by:$$,
     $$["Chief Constables"]$$, date '2025-03-27',
     $$[
        {"ref": "12.1", "text": "Considering implementing the stalking screening tool to support the identification of stalking and the risks associated with stalking."},
        {"ref": "12.2", "text": "Having clear policies and procedures in place for assessing and managing risk in all cases. And where appropriate, embedding recognised risk assessment tools in force systems so that it is easy for officers to access, use and document their consideration of risk and safeguarding."},
        {"ref": "12.3", "text": "Recognising (in policies, guidance and training) the heightened risk associated with breaches of protective orders and measures."},
        {"ref": "12.4", "text": "Implementing screening and checking processes to support the early identification, assessment and management of high-risk cases. This may require stalking and breach of order cases to be considered at daily management meetings."}]$$,
     now(), 'reference-data', now(), 'reference-data', 0),
    ('5a1c0000-0000-4000-8000-000000000113', '5a1c0000-0000-4000-8000-000000000001', '13', 13,
     $$By 27 March 2025, take steps to make sure that force strategies, structures and processes are in place so that police consider an SPO in every stalking case, and apply for an SPO where relevant and appropriate to prevent harm and further offending. To achieve this, chief constables should review, and revise where necessary:$$,
     $$["Chief Constables"]$$, date '2025-03-27',
     $$[
        {"ref": "13.1", "text": "Local training and guidance on SPOs, including training and guidance for supervisors."},
        {"ref": "13.2", "text": "Mechanisms for supporting investigating officers to identify cases where SPOs would be appropriate and assisting them with SPO applications. This could be through dedicated teams or roles and/or through daily management meetings considering risk and safeguarding."}]$$,
     now(), 'reference-data', now(), 'reference-data', 0),
    ('5a1c0000-0000-4000-8000-000000000114', '5a1c0000-0000-4000-8000-000000000001', '14', 14,
     $$By 27 March 2025, take steps to make sure stalking victims receive the rights they are entitled to under the victims' code and have access to support services. Chief constables should make sure:$$,
     $$["Chief Constables"]$$, date '2025-03-27',
     $$[
        {"ref": "14.1", "text": "Victim needs assessments are always completed."},
        {"ref": "14.2", "text": "Their force has appropriate processes to make sure all stalking victims are told about their rights under the victims' code."},
        {"ref": "14.3", "text": "Information about the national and specialist stalking support services available in their force area is easily available to police officers and staff, victims and the general public."},
        {"ref": "14.4", "text": "Victims who would like to receive support are referred to an appropriate service in a timely manner."},
        {"ref": "14.5", "text": "They monitor the number of stalking victims who are referred to specialist support services and take action when referral numbers are low."}]$$,
     now(), 'reference-data', now(), 'reference-data', 0),
    ('5a1c0000-0000-4000-8000-000000000115', '5a1c0000-0000-4000-8000-000000000001', '15', 15,
     $$By 27 March 2025, review whether the right specialist services have been commissioned to support stalking victims in their area, including provision of trained independent stalking advocate caseworkers (ISACs).

PCCs and their mayor equivalents should provide the necessary services where they do not exist and should consider collaborating across force boundaries to provide services if it would be efficient and effective to do so.$$,
     $$["PCCs and their mayor equivalents"]$$, date '2025-03-27',
     $$[]$$,
     now(), 'reference-data', now(), 'reference-data', 0),
    ('5a1c0000-0000-4000-8000-000000000116', '5a1c0000-0000-4000-8000-000000000001', '16', 16,
     $$By 27 March 2025, work together to review commissioning arrangements and make changes as soon as possible to ensure they embed collaborative working and information sharing between policing and services providing victim support to stalking victims.$$,
     $$["Chief Constables", "PCCs and their mayor equivalents"]$$, date '2025-03-27',
     $$[
        {"ref": "16.1", "text": null}]$$,
     now(), 'reference-data', now(), 'reference-data', 0),
    ('5a1c0000-0000-4000-8000-000000000117', '5a1c0000-0000-4000-8000-000000000001', '17', 17,
     $$By 27 March 2025, make sure the new College of Policing investigations APP content on case allocation is reflected in the relevant policies relating to the allocation of stalking and breach of order cases for investigation.$$,
     $$["Chief Constables"]$$, date '2025-03-27',
     $$[
        {"ref": "17.1", "text": "Force policies should support the allocation of stalking cases to officers with the right skills and experience, taking into account the potential risk and complexity involved in stalking and breach of order cases."}]$$,
     now(), 'reference-data', now(), 'reference-data', 0),
    ('5a1c0000-0000-4000-8000-000000000118', '5a1c0000-0000-4000-8000-000000000001', '18', 18,
     $$By 27 March 2025, take steps to improve the quality of stalking investigations by taking a victim centred, suspect focussed and context led approach. Chief constables should make sure:$$,
     $$["Chief Constables"]$$, date '2025-03-27',
     $$[
        {"ref": "18.1", "text": "Their workforce has the capacity and capability to undertake effective stalking investigations and can apply new and innovative investigation techniques to pursue digital lines of enquiry."},
        {"ref": "18.2", "text": "All reasonable lines of enquiry are pursued, supported by good supervision."},
        {"ref": "18.3", "text": "Arrest and search powers are used to gather evidence from and about suspects."},
        {"ref": "18.4", "text": "The impact on victims is evidenced in witness statements, so it can be used to inform charging decisions and improve the likelihood of successful investigation outcomes."}]$$,
     now(), 'reference-data', now(), 'reference-data', 0),
    ('5a1c0000-0000-4000-8000-000000000119', '5a1c0000-0000-4000-8000-000000000001', '19', 19,
     $$By 27 March 2025, consider the findings from this investigation and take action in relation to any areas where the Crown Prosecution Service may also need to improve its response to stalking. This could include:

- Ensuring consistency in how stalking is described across guidance it produces.
- Identifying stalking and understanding the risks and effect of stalking on victims.
- Recognising breaches of orders as further instances of stalking or serious escalation of risk.
- Providing effective victim care, including by working with stalking advocates and support services$$,
     $$["CPS"]$$, date '2025-03-27',
     $$[]$$,
     now(), 'reference-data', now(), 'reference-data', 0),
    ('5a1c0000-0000-4000-8000-000000000120', '5a1c0000-0000-4000-8000-000000000001', '20', 20,
     $$By 27 March 2025, take steps to improve how their force effectively recognises and responds to online elements of stalking. This should include making sure:$$,
     $$["Chief Constables"]$$, date '2025-03-27',
     $$[
        {"ref": "20.1", "text": "The scale and nature of online stalking behaviours informs their strategic understanding of, and the response to, stalking."},
        {"ref": "20.2", "text": "Examples of online stalking are included in locally produced training and guidance material about stalking."},
        {"ref": "20.3", "text": "Clear online safety advice is available to officers and staff, drawing on the College of Policing APP on stalking or harassment when it is developed."},
        {"ref": "20.4", "text": "Appropriate tools, technologies and support services to digitally safeguard victims are procured and officers and staff use these resources when appropriate."}]$$,
     now(), 'reference-data', now(), 'reference-data', 0),
    ('5a1c0000-0000-4000-8000-000000000121', '5a1c0000-0000-4000-8000-000000000001', '21', 21,
     $$By 27 March 2025, to collate and disseminate information to chief constables on the dedicated stalking co-ordination roles that exist. This information should support chief constables to consider whether and how dedicated stalking officers and staff can be used to support the police response to stalking.

The information collated and disseminated should include (but not be limited to) details of:

- Skills and experiences of dedicated stalking officers and staff, and any extra training provided to them by the force.
- Day-to-day responsibilities of dedicated stalking officers and staff, and how these are aligned to force priorities.
- How dedicated stalking officers and staff are organised within force operational command structures.
- How dedicated stalking officers and staff contribute to multi-agency working which supports victims and provides interventions to perpetrators.$$,
     $$["NPCC"]$$, date '2025-03-27',
     $$[]$$,
     now(), 'reference-data', now(), 'reference-data', 0),
    ('5a1c0000-0000-4000-8000-000000000122', '5a1c0000-0000-4000-8000-000000000001', '22', 22,
     $$By 27 September 2025, using the information collated by the NPCC lead under recommendation 21, to consider whether and how dedicated stalking officers and staff, or other subject matter experts, can be used to add value and support the force response to stalking.$$,
     $$["Chief Constables"]$$, date '2025-09-27',
     $$[
        {"ref": "22.1", "text": null}]$$,
     now(), 'reference-data', now(), 'reference-data', 0),
    ('5a1c0000-0000-4000-8000-000000000123', '5a1c0000-0000-4000-8000-000000000001', '23', 23,
     $$By 27 March 2025, implement a mechanism for early screening of crimes to improve the identification, recording and management of all stalking cases.$$,
     $$["Chief Constables"]$$, date '2025-03-27',
     $$[
        {"ref": "23.1", "text": "Forces should consider screening crimes similar to stalking or where stalking behaviours may be present as part of a course of conduct, like harassment, malicious communications and breaches of orders."}]$$,
     now(), 'reference-data', now(), 'reference-data', 0),
    ('5a1c0000-0000-4000-8000-000000000124', '5a1c0000-0000-4000-8000-000000000001', '24', 24,
     $$By 27 March 2025, begin working with the NPCC lead for artificial intelligence to explore how artificial intelligence could be used to support the police response to stalking. This should include developing a proof of concept for using artificial intelligence to screen incidents and crimes to help identify stalking and risks associated with stalking.$$,
     $$["NPCC"]$$, date '2025-03-27',
     $$[]$$,
     now(), 'reference-data', now(), 'reference-data', 0),
    ('5a1c0000-0000-4000-8000-000000000125', '5a1c0000-0000-4000-8000-000000000001', '25', 25,
     $$By 27 March 2025, explore opportunities to improve how their force works with partners to contribute to a multi-agency response to stalking. This should include considering:$$,
     $$["Chief Constables", "PCCs and their mayor equivalents"]$$, date '2025-03-27',
     $$[
        {"ref": "25.1", "text": "How the force works in partnership with healthcare, the CPS, probation services and other criminal justice partners to manage stalking perpetrators and address their behaviour."},
        {"ref": "25.2", "text": "Whether and how they should collaborate with other forces to effectively and efficiently contribute to multi-agency partnerships on stalking."},
        {"ref": "25.3", "text": "How multi-agency public protection arrangements (MAPPA) are being used to effectively manage stalking offenders."}]$$,
     now(), 'reference-data', now(), 'reference-data', 0),
    ('5a1c0000-0000-4000-8000-000000000126', '5a1c0000-0000-4000-8000-000000000001', '26', 26,
     $$For its current funding programme for domestic abuse and stalking interventions:

- Evaluate the stalking specific perpetrator intervention projects and publish details of the findings so this information is available to policing and other services working with stalking perpetrators.
- If necessary, commission further research to inform the commissioning and delivery of stalking perpetrator intervention programmes.
- Consider developing standards and providing funding for stalking perpetrator intervention programmes based on the available evidence, in partnership with the Ministry of Justice.$$,
     $$["Home Office"]$$, null,
     $$[]$$,
     now(), 'reference-data', now(), 'reference-data', 0),
    ('5a1c0000-0000-4000-8000-000000000127', '5a1c0000-0000-4000-8000-000000000001', '27', 27,
     $$By 22 November 2024 (56 days from publication), write to HMICFRS, the IOPC and the College of Policing setting out their response to the recommendations made to them. Chief constables should direct their response to the NPCC which should provide a collective response on behalf of all police forces. PCCs and their mayor equivalents should direct their response to the APCC which should provide a collective response on their behalf.$$,
     $$["All bodies subject to recommendations"]$$, date '2024-11-22',
     $$[
        {"ref": "27.1", "text": null}]$$,
     now(), 'reference-data', now(), 'reference-data', 0),
    ('5a1c0000-0000-4000-8000-000000000128', '5a1c0000-0000-4000-8000-000000000001', '28', 28,
     $$By 22 November 2024 (56 days from publication), publish on their force website an action plan which explains what their force will do in response to each of the recommendations made to them and send the NPCC a link to where this action plan can be found.

By 27 March 2025 (six months from publication) provide an update to the NPCC describing the progress they have made against their action plans.$$,
     $$["Chief Constables"]$$, date '2024-11-22',
     $$[
        {"ref": "28.1", "text": null}]$$,
     now(), 'reference-data', now(), 'reference-data', 0),
    ('5a1c0000-0000-4000-8000-000000000129', '5a1c0000-0000-4000-8000-000000000001', '29', 29,
     $$By 27 June 2025 (nine months from publication), share a report summarising the progress forces have made against their action plans with HMICFRS, the IOPC and the College of Policing. This report will be published on the GOV.UK police super-complaints webpage.$$,
     $$["NPCC"]$$, date '2025-06-27',
     $$[]$$,
     now(), 'reference-data', now(), 'reference-data', 0);
