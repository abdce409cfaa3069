# frozen_string_literal: true

module DiscourseMediation
  # A response to the report, or a declined one; the person concerned's
  # answer to what came after it; the mediators' answer to a voter's question,
  # with the question, unsigned (`CaseStatement` in lib/types/).
  class StatementSerializer < ApplicationSerializer
    attributes :role, :kind, :question, :raw, :declined, :created_at

    has_one :user, serializer: BasicUserSerializer, embed: :objects
  end
end
