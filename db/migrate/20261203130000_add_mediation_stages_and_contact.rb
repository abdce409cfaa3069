# frozen_string_literal: true

# Issue "Deciding well": open cases are per topic and person concerned; each
# stage has a start (for its target date and the one reminder when it passes);
# the case records the mediator's first contact with the person concerned, or
# why there was none; a case may be resolved with a private reminder; a report
# may note the person's silence.
class AddMediationStagesAndContact < ActiveRecord::Migration[8.0]
  OPEN_STATES =
    "'requested', 'mediating', 'report_draft', 'awaiting_statements', 'voting', 'decided'"

  def up
    add_column :discourse_mediation_cases, :subject_id, :integer
    add_column :discourse_mediation_cases, :stage_started_at, :datetime
    add_column :discourse_mediation_cases, :stage_reminded_at, :datetime
    add_column :discourse_mediation_cases, :subject_contacted_at, :datetime
    add_column :discourse_mediation_cases, :subject_told_at, :datetime
    add_column :discourse_mediation_cases, :no_contact_reason, :text
    add_column :discourse_mediation_cases, :resolution, :string
    add_column :discourse_mediation_reports, :cites_silence, :boolean, null: false, default: false

    execute <<~SQL
      UPDATE discourse_mediation_cases c
      SET subject_id = p.user_id
      FROM discourse_mediation_case_people p
      WHERE p.case_id = c.id AND p.subject
    SQL
    execute "UPDATE discourse_mediation_cases SET stage_started_at = updated_at"

    remove_index :discourse_mediation_cases, name: "index_mediation_cases_one_open_per_topic"
    # A post whose author is gone has no subject: 0 keeps one such case per topic.
    execute <<~SQL
      CREATE UNIQUE INDEX index_mediation_cases_one_open_per_topic_and_subject
      ON discourse_mediation_cases (topic_id, COALESCE(subject_id, 0))
      WHERE state IN (#{OPEN_STATES})
    SQL
  end

  def down
    execute "DROP INDEX index_mediation_cases_one_open_per_topic_and_subject"
    add_index :discourse_mediation_cases,
              :topic_id,
              unique: true,
              where: "state IN (#{OPEN_STATES})",
              name: "index_mediation_cases_one_open_per_topic"
    remove_column :discourse_mediation_reports, :cites_silence
    %i[
      subject_id
      stage_started_at
      stage_reminded_at
      subject_contacted_at
      subject_told_at
      no_contact_reason
      resolution
    ].each { |column| remove_column :discourse_mediation_cases, column }
  end
end
