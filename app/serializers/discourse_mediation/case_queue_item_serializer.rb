# frozen_string_literal: true

module DiscourseMediation
  # One row of the mediators' queue (`MediationQueueCase` in lib/types/).
  # Everything it reads is preloaded by QueueQuery: no query per row.
  class CaseQueueItemSerializer < ApplicationSerializer
    EXCERPT_LENGTH = 200

    attributes :id,
               :state,
               :urgent,
               :kinds,
               :requests_count,
               :created_at,
               :first_response_due_at,
               :first_response_at,
               :topic_title,
               :post_excerpt,
               :post_url,
               :conduct_place,
               :stage_due_at,
               :extension_decision_due_at,
               :overdue,
               :can_claim

    has_one :mediator, serializer: BasicUserSerializer, embed: :objects

    def kinds
      object.request_kinds.to_a
    end

    def requests_count
      object.requests_count.to_i
    end

    def topic_title
      object.topic_title
    end

    def post_excerpt
      object.post&.excerpt(EXCERPT_LENGTH, strip_links: true, text_entities: true).to_s
    end

    def post_url
      object.post_url
    end

    def stage_due_at
      object.stage_due_at
    end

    # While the person concerned's request for more time waits for a decision.
    def extension_decision_due_at
      object.extension_decision_due_at if object.state == "awaiting_statements"
    end

    def overdue
      object.overdue?
    end

    # Only the state and the user's standing decide this, so no per-row lookup.
    def can_claim
      Rules::Case::Lifecycle.allowed?(
        from: object.state,
        event: :claim,
        roles: options[:queue_roles],
      )
    end
  end
end
