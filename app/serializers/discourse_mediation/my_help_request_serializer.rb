# frozen_string_literal: true

module DiscourseMediation
  # A request as its author sees it (`MyHelpRequest` in lib/types/).
  class MyHelpRequestSerializer < ApplicationSerializer
    attributes :id,
               :kind,
               :status,
               :created_at,
               :topic_title,
               :post_url,
               :conduct_place,
               :can_withdraw,
               :outcome_note,
               :next_step

    # Where the case goes next and when, without anything about the decision.
    def next_step
      if object.withdrawn_at
        { key: :none, at: nil }
      else
        object.mediation_case.next_step(for_requester: true).to_h
      end
    end

    def can_withdraw
      object.withdrawn_at.nil? &&
        Rules::Case::Lifecycle.allowed?(
          from: object.mediation_case.state,
          event: :withdraw,
          roles: [:requester],
        )
    end

    # The mediator's note, only when they chose to share it with requesters.
    def outcome_note
      mediation_case = object.mediation_case
      if mediation_case.state == "resolved" && mediation_case.outcome_note_shareable
        mediation_case.outcome_note
      end
    end

    def status
      object.status.to_s
    end

    def topic_title
      object.mediation_case.topic_title
    end

    def conduct_place
      object.mediation_case.conduct_place
    end

    # None outside the forum: there is no post to go back to.
    def post_url
      topic = object.mediation_case.topic
      topic ? "#{topic.relative_url}/#{object.post&.post_number || 1}" : nil
    end
  end
end
