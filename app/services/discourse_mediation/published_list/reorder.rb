# frozen_string_literal: true

module DiscourseMediation
  # Puts the current items in a new order.
  class PublishedList::Reorder
    include Service::Base
    include PublishedList::AdminEditing

    params do
      attribute :keys, :array
      validates :keys, presence: true
    end

    policy :is_admin
    policy :every_current_item_once

    transaction { step :reorder }

    private

    def every_current_item_once(params:)
      params.keys.map(&:to_s).sort == Behaviour.current.pluck(:key).sort
    end

    def reorder(params:)
      params.keys.each_with_index do |key, position|
        Behaviour.where(key: key.to_s).update_all(position:, updated_at: Time.zone.now)
      end
    end
  end
end
