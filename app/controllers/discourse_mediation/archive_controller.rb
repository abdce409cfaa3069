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
                   cases: archive.page_cases.map { |c| row(c, titles) },
                 }
        end
      end
    end

    private

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
