# frozen_string_literal: true

module DiscourseMediation
  # The moderators' archive of ended cases. Each opens the case page, read-only.
  class ArchiveController < ::ApplicationController
    requires_plugin PLUGIN_NAME

    before_action :ensure_logged_in
    before_action :ensure_staff, unless: -> { request.format.html? }

    def index
      respond_to do |format|
        format.html { render "default/empty" }
        format.json do
          archive = ArchiveQuery.new(params)
          titles = LadderStep.in_order.pluck(:key, :title).to_h
          render json: {
                   page: archive.page,
                   has_more: archive.more?,
                   outcomes: titles.map { |key, title| { key:, title: } },
                   cases: rows(archive.page_cases, titles),
                 }
        end
      end
    end

    private

    # The recommended spaces only for a reader who may read the case's
    # recommendations (CaseDisclosure): a moderator on it, not involved in
    # it, and not on the roll of a ballot still open on it.
    def rows(cases, titles)
      on_open_roll =
        Ballot
          .where(case_id: cases.map(&:id), closed_at: nil)
          .where(id: BallotVoter.where(user_id: current_user.id).select(:ballot_id))
          .pluck(:case_id)
          .to_set
      cases.map do |mediation_case|
        row = row(mediation_case, titles)
        if guardian.mediation_roles_on(mediation_case).include?(:moderator) &&
             !on_open_roll.include?(mediation_case.id)
          row[:recommended_spaces] = mediation_case.recommendations.flat_map(&:spaces).uniq
        end
        row
      end
    end

    # `ArchivedCase` in lib/types/. The person concerned is named only while
    # the record keeps their name (Rules::Record::NameKeeping).
    def row(mediation_case, titles)
      subject = mediation_case.names_subject? ? mediation_case.people.find(&:subject)&.user : nil
      {
        id: mediation_case.id,
        state: mediation_case.state,
        topic_title: mediation_case.topic_title,
        subject_username: subject&.username,
        resolution: mediation_case.resolution,
        outcome: mediation_case.outcome,
        outcome_title: mediation_case.outcome && titles[mediation_case.outcome],
        ended_at: mediation_case.ended_at,
      }
    end
  end
end
