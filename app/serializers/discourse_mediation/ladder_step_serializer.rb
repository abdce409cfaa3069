# frozen_string_literal: true

module DiscourseMediation
  # A step of the sanction ladder (`LadderStep` in lib/types/).
  class LadderStepSerializer < ApplicationSerializer
    attributes :key, :kind, :title, :description, :duration_days, :review_days
  end
end
