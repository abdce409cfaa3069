# frozen_string_literal: true

module DiscourseMediation
  # A response to the report, or a declined one (`CaseStatement` in lib/types/).
  class StatementSerializer < ApplicationSerializer
    attributes :role, :raw, :declined, :created_at

    has_one :user, serializer: BasicUserSerializer, embed: :objects
  end
end
